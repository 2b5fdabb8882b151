import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markAllRead, markRead, notificationKeys } from './notifications-api.ts';

/** Marking one or all notifications read; the bell and the list refresh after. */
export function useNotificationActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const readOne = useMutation({ mutationFn: markRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSettled: refresh });
  return { readOne, readAll };
}
