import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AdminIcon, BanIcon, KeyIcon, TrashIcon, UserIcon } from '../../../components/account-icons.tsx';
import type { MenuAction } from '../../../components/ActionsMenu.tsx';
import { CheckIcon } from '../../../components/icons.tsx';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { adminKeys, deleteUser, forcePasswordReset, updateUser, type AdminUser, type UserPatch } from '../admin-api.ts';

function describeChange(user: AdminUser, change: UserPatch): string {
  if (change.role === 'admin') return `${user.name} is now an administrator.`;
  if (change.role === 'user') return `${user.name} is no longer an administrator.`;
  return `${user.name} can sign in again.`;
}

/**
 * What an administrator can do to an account. Role changes and enabling happen at once;
 * disabling, forcing a password reset and deleting are confirmed in a dialog first. The server
 * refuses to change or delete one's own account, or to remove the last administrator, with a
 * message shown as it is. A forced reset of one's own account (which would sign oneself out) is
 * not offered: Settings changes one's own password.
 */
export function useUserActions(meId: string | undefined) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string>();
  const finish = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: adminKeys.allUsers });
    setDone(message);
  };
  const patch = useMutation({
    mutationFn: ({ user, change }: { user: AdminUser; change: UserPatch }) => updateUser(user.id, change),
    onMutate: () => setDone(undefined),
    onSuccess: (_updated, { user, change }) => finish(describeChange(user, change)),
  });
  const after = (message: (user: AdminUser) => string) => async (user: AdminUser) => {
    patch.reset();
    await finish(message(user));
  };
  const disable = useConfirmedAction(
    (user: AdminUser) => updateUser(user.id, { disabled: true }),
    after((user) => `${user.name} is disabled and signed out everywhere.`),
  );
  const reset = useConfirmedAction(
    (user: AdminUser) => forcePasswordReset(user.id),
    after((user) => `${user.name} is signed out everywhere and has been mailed a link to choose a new password.`),
  );
  const remove = useConfirmedAction(
    (user: AdminUser) => deleteUser(user.id),
    after((user) => `The account of ${user.name} and all its data are deleted.`),
  );

  const change = (user: AdminUser, to: UserPatch) => () => {
    if (!patch.isPending) patch.mutate({ user, change: to });
  };
  const actionsFor = (user: AdminUser): MenuAction[] => [
    user.role === 'admin'
      ? { label: 'Make user', icon: UserIcon, onSelect: change(user, { role: 'user' }) }
      : { label: 'Make admin', icon: AdminIcon, onSelect: change(user, { role: 'admin' }) },
    user.disabled
      ? { label: 'Enable', icon: CheckIcon, onSelect: change(user, { disabled: false }) }
      : { label: 'Disable', icon: BanIcon, onSelect: () => disable.ask(user) },
    ...(user.id === meId ? [] : [{ label: 'Force password reset', icon: KeyIcon, onSelect: () => reset.ask(user) }]),
    { label: 'Delete account', icon: TrashIcon, onSelect: () => remove.ask(user), destructive: true },
  ];

  return { done, error: patch.error, pending: patch.isPending, actionsFor, disable, reset, remove };
}

export type UserActions = ReturnType<typeof useUserActions>;
