import { useMutation, useQueryClient } from '@tanstack/react-query';
import { checkinKeys } from './checkins-api.ts';

/** A change to check-ins: on success every check-in query (today, charts, history) refetches. */
export function useCheckinMutation<Input, Result>(run: (input: Input) => Promise<Result>, onDone?: (result: Result, input: Input) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result, input) => {
      await queryClient.invalidateQueries({ queryKey: checkinKeys.all });
      onDone?.(result, input);
    },
  });
}
