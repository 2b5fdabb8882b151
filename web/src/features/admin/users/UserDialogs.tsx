import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import type { UserActions } from './use-user-actions.ts';

/** The questions asked before disabling, forcing a password reset and deleting an account. */
export function UserDialogs({ actions }: { actions: UserActions }) {
  const { disable, reset, remove } = actions;
  return (
    <>
      <ConfirmDialog {...disable.dialog} title={`Disable ${disable.target?.name ?? ''}?`} confirmLabel="Disable account" pendingLabel="Disabling…">
        <p>They are signed out everywhere at once and cannot sign in until you enable the account again. Their data is kept.</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...reset.dialog}
        tone="primary"
        title={`Force a password reset for ${reset.target?.name ?? ''}?`}
        confirmLabel="Sign out and mail a reset link"
        pendingLabel="Sending…"
      >
        <p>
          They are signed out everywhere, and Daybook mails <strong className="font-semibold wrap-anywhere text-ink">{reset.target?.email}</strong> a
          link to choose a new password. Use this if you think someone else knows it.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        {...remove.dialog}
        title={`Delete the account of ${remove.target?.name ?? ''}?`}
        confirmLabel="Delete account"
        pendingLabel="Deleting…"
        typeToConfirm={remove.target && { label: `Type their email address, ${remove.target.email}, to confirm`, value: remove.target.email }}
      >
        <p>
          The account and everything in it are deleted for good: journal, check-ins, money and conversations. This cannot be undone, and you will
          not see any of it first.
        </p>
      </ConfirmDialog>
    </>
  );
}
