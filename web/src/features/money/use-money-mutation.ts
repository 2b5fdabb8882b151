import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys } from '../notifications/notifications-api.ts';
import { moneyKeys } from './money-api.ts';

/**
 * A change to money: on success every money query refetches, and so do notifications (a new
 * expense may have crossed a budget's alert threshold).
 */
export function useMoneyMutation<Input, Result>(run: (input: Input) => Promise<Result>, onDone?: (result: Result, input: Input) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result, input) => {
      await queryClient.invalidateQueries({ queryKey: moneyKeys.all });
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      onDone?.(result, input);
    },
  });
}

/** Refreshes money and notifications (after a confirmed delete, an import). */
export function useMoneyRefresh() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: moneyKeys.all });
    void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  };
}
