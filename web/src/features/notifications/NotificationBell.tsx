import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { disclosurePanelClasses, useDisclosure } from '../../components/use-disclosure.ts';
import { useSession } from '../auth/use-session.ts';
import { BellIcon } from './BellIcon.tsx';
import { latestNotificationsQuery } from './notifications-api.ts';
import { NotificationItem } from './NotificationItem.tsx';
import { useNotificationActions } from './use-notification-actions.ts';

/** The header's bell for signed-in people: the unread count, and a panel with the newest notifications. */
export function NotificationBell() {
  const { data: me } = useSession();
  if (!me) return null;
  return <Bell />;
}

function Bell() {
  const { rootRef, buttonProps, panelProps } = useDisclosure();
  const latest = useQuery(latestNotificationsQuery);
  const { readOne, readAll } = useNotificationActions();
  const unread = latest.data?.unread ?? 0;
  const items = latest.data?.items ?? [];
  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
  return (
    // On phones the panel spans the header (the sticky header is its containing block), so it never runs off screen.
    <div ref={rootRef} className="relative max-sm:static">
      <button
        {...buttonProps}
        aria-label={label}
        title={label}
        className="relative grid size-9 place-items-center sm:size-10 rounded-full border border-line bg-surface text-ink transition-colors hover:bg-surface-muted"
      >
        <BellIcon className="size-5" />
        {unread > 0 && (
          <span aria-hidden="true" className="absolute -top-1 -right-1 grid h-5 min-w-5 place-items-center rounded-full bg-bad px-1 text-xs font-bold text-surface tabular-nums">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <span role="status" className="sr-only">
        {unread > 0 ? `${unread} unread notification${unread === 1 ? '' : 's'}` : ''}
      </span>
      <div {...panelProps} className={`${disclosurePanelClasses} w-80 max-sm:right-4 max-sm:left-4 max-sm:w-auto`}>
        <div className="flex items-center justify-between gap-2 border-b border-line px-3 pt-1 pb-2">
          <p className="font-semibold text-ink">Notifications</p>
          {unread > 0 && (
            <button type="button" onClick={() => !readAll.isPending && readAll.mutate()} className="min-h-9 rounded-lg px-2 text-sm font-semibold text-accent-soft-ink hover:bg-surface-muted">
              Mark all as read
            </button>
          )}
        </div>
        {latest.isError && <p className="px-3 py-3 text-sm text-bad">Could not load notifications: {latest.error.message}</p>}
        {latest.isPending && <p className="px-3 py-3 text-sm text-ink-muted">Loading…</p>}
        {latest.data && items.length === 0 && <p className="px-3 py-4 text-sm text-ink-muted">Nothing yet. Budget alerts will appear here.</p>}
        {items.length > 0 && (
          <ul className="max-h-96 divide-y divide-line overflow-y-auto">
            {items.map((notification) => (
              <li key={notification.id}>
                <NotificationItem compact notification={notification} onOpen={(item) => item.readAt === null && readOne.mutate(item.id)} />
              </li>
            ))}
          </ul>
        )}
        <div className="border-t border-line px-1 pt-1">
          <Link to="/notifications" className="flex min-h-11 items-center justify-center rounded-xl text-sm font-semibold text-accent-soft-ink hover:bg-surface-muted">
            See all notifications
          </Link>
        </div>
      </div>
    </div>
  );
}
