import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * An action asked about first in a ConfirmDialog: `ask(target)` opens the dialog, confirming runs
 * `run(target)`, and on success the dialog closes and `onDone(target)` follows. Spread `dialog`
 * into <ConfirmDialog>: it keeps the dialog open with the server's message when the request fails.
 */
export function useConfirmedAction<T>(run: (target: T) => Promise<unknown>, onDone: (target: T) => void | Promise<void>) {
  const [target, setTarget] = useState<T>();
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async (_result, done) => {
      setTarget(undefined);
      await onDone(done);
    },
  });
  return {
    target,
    ask: (next: T) => {
      mutation.reset();
      setTarget(next);
    },
    dialog: {
      open: target !== undefined,
      pending: mutation.isPending,
      error: mutation.error,
      onConfirm: () => {
        if (target !== undefined) mutation.mutate(target);
      },
      onClose: () => setTarget(undefined),
    },
  };
}
