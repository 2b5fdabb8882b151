import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { checkinKeys } from './checkins-api.ts';

/** A history list's row actions: which row is being edited, deleting with confirmation, and what was done. */
export function useEntryActions<T extends { id: string }>(remove: (id: string) => Promise<unknown>, describe: (entry: T) => string) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string>();
  const [done, setDone] = useState<string>();
  const deletion = useConfirmedAction(
    (entry: T) => remove(entry.id),
    async (entry) => {
      await queryClient.invalidateQueries({ queryKey: checkinKeys.all });
      setDone(`Deleted ${describe(entry)}.`);
    },
  );
  return {
    editing,
    done,
    deletion,
    edit: (entry: T) => {
      setDone(undefined);
      setEditing(entry.id);
    },
    saved: (entry: T) => {
      setEditing(undefined);
      setDone(`Saved ${describe(entry)}.`);
    },
    cancel: () => setEditing(undefined),
  };
}
