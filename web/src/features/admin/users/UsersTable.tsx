import { ActionsMenu, type MenuAction } from '../../../components/ActionsMenu.tsx';
import { Badge } from '../../../components/Badge.tsx';
import { EmailAddress } from '../../../components/EmailAddress.tsx';
import { CheckIcon, CrossIcon } from '../../../components/icons.tsx';
import { ResponsiveTable, type Column } from '../../../components/ResponsiveTable.tsx';
import { formatDate, formatDateTime } from '../../../lib/dates.ts';
import type { AdminUser } from '../admin-api.ts';

interface UsersTableProps {
  users: readonly AdminUser[];
  /** The signed-in administrator, marked "You". */
  meId: string | undefined;
  actionsFor: (user: AdminUser) => MenuAction[];
  caption: string;
}

const yesNo = (on: boolean, yes: string, no: string) => <Badge tone={on ? 'ok' : 'neutral'}>{on ? yes : no}</Badge>;

/** Accounts with their role, status and sign-in safety, and an Actions menu per account. */
export function UsersTable({ users, meId, actionsFor, caption }: UsersTableProps) {
  const columns: ReadonlyArray<Column<AdminUser>> = [
    {
      key: 'account',
      header: 'Account',
      className: 'sm:w-[30%]',
      cell: (user) => (
        <>
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-semibold text-ink">{user.name}</span>
            {user.id === meId && <Badge tone="accent">You</Badge>}
          </span>
          <span className="mt-0.5 block break-words text-ink-muted">
            <EmailAddress email={user.email} />
          </span>
        </>
      ),
    },
    { key: 'role', header: 'Role', className: 'sm:w-[9%]', cell: (user) => <Badge tone={user.role === 'admin' ? 'accent' : 'neutral'}>{user.role === 'admin' ? 'Admin' : 'User'}</Badge> },
    {
      key: 'status',
      header: 'Status',
      className: 'sm:w-[12%]',
      cell: (user) =>
        user.disabled ? (
          <Badge tone="bad" icon={CrossIcon}>
            Disabled
          </Badge>
        ) : (
          <Badge tone="ok" icon={CheckIcon}>
            Active
          </Badge>
        ),
    },
    { key: 'two-factor', header: 'Two-factor', className: 'sm:w-[10%]', cell: (user) => yesNo(user.twoFactorEnabled, 'On', 'Off') },
    { key: 'verified', header: 'Email confirmed', className: 'sm:w-[12%]', cell: (user) => yesNo(user.emailVerified, 'Yes', 'No') },
    {
      key: 'created',
      header: 'Created',
      className: 'sm:w-[12%]',
      cell: (user) => (
        <time dateTime={user.createdAt} title={formatDateTime(user.createdAt)} className="whitespace-nowrap">
          {formatDate(user.createdAt)}
        </time>
      ),
    },
    {
      key: 'actions',
      header: 'Actions',
      phoneLabel: false,
      className: 'sm:w-[15%] sm:text-right max-sm:pt-2',
      cell: (user) => <ActionsMenu subject={user.name} actions={actionsFor(user)} />,
    },
  ];
  return <ResponsiveTable caption={caption} captionHidden columns={columns} rows={users} rowKey={(user) => user.id} />;
}
