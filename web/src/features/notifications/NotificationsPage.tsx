import { useQuery } from '@tanstack/react-query';
import { ActionStatus } from '../../components/ActionStatus.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { usePagedQuery } from '../../lib/use-paged-query.ts';
import { latestNotificationsQuery, listNotifications, notificationKeys, type AppNotification } from './notifications-api.ts';
import { NotificationItem } from './NotificationItem.tsx';
import { useNotificationActions } from './use-notification-actions.ts';

/** /notifications: every notification, newest first (budget alerts and more), with mark-as-read. */
export function NotificationsPage() {
  const { query, items } = usePagedQuery(notificationKeys.list, listNotifications);
  const { readOne, readAll } = useNotificationActions();
  const latest = useQuery(latestNotificationsQuery);
  const unread = latest.data?.unread ?? 0;

  const body = () => {
    if (query.isPending) return <PageLoading label="Loading notifications…" />;
    if (query.isError && !query.data) return <ErrorPanel title="Could not load notifications" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    if (items.length === 0) return <p className="rounded-2xl border border-dashed border-line-strong px-5 py-8 text-center text-ink-muted">No notifications yet. When a budget reaches one of its alert points, you will see it here.</p>;
    return (
      <>
        <ul aria-label="Notifications" className="divide-y divide-line rounded-3xl border border-line bg-surface">
          {items.map((notification: AppNotification) => (
            <li key={notification.id} className="flex flex-wrap items-start justify-between gap-2 pr-4 sm:flex-nowrap sm:pr-5">
              <NotificationItem notification={notification} onOpen={(item) => item.readAt === null && readOne.mutate(item.id)} />
              {notification.readAt === null && (
                <Button variant="secondary" className="ml-9 min-h-9 shrink-0 px-4 sm:mt-4 sm:ml-0" onClick={() => !readOne.isPending && readOne.mutate(notification.id)}>
                  Mark as read<span className="sr-only">: {notification.title}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
        <LoadMore shown={`${items.length} notification${items.length === 1 ? '' : 's'} shown`} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} error={query.isFetchNextPageError ? query.error : null} />
      </>
    );
  };

  return (
    <>
      <PageHeader title="Notifications">
        <p>Budget alerts and other news from Daybook. {unread > 0 ? `${unread} unread.` : 'All read.'}</p>
      </PageHeader>
      <div className="mt-8 max-w-3xl space-y-5">
        {unread > 0 && (
          <div className="flex justify-end">
            <Button variant="secondary" aria-disabled={readAll.isPending || undefined} onClick={() => !readAll.isPending && readAll.mutate()}>
              Mark all as read
            </Button>
          </div>
        )}
        <ActionStatus error={readAll.error ?? readOne.error} errorTitle="Could not mark it as read" />
        {body()}
      </div>
    </>
  );
}
