import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { withQuery } from '../../lib/query-string.ts';

// Mirrors notificationSchema in server/modules/money/money.schemas.ts.
export interface AppNotification {
  id: string;
  /** e.g. "budget_alert". */
  kind: string;
  title: string;
  body: string;
  /** An in-app path to what it is about, e.g. "/money?view=budgets". */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: AppNotification[];
  unread: number;
  nextCursor: string | null;
}

const base = '/api/v1/notifications';

export const notificationKeys = {
  all: ['notifications'] as const,
  latest: ['notifications', 'latest'] as const,
  list: ['notifications', 'list'] as const,
};

/** The newest few and the unread count, for the header's bell; refreshed every minute and on focus. */
export const latestNotificationsQuery = queryOptions({
  queryKey: notificationKeys.latest,
  queryFn: ({ signal }) => api.get<NotificationPage>(withQuery(base, { limit: 5 }), { signal }),
  refetchInterval: 60_000,
  refetchOnWindowFocus: true,
});

export function listNotifications(cursor: string | undefined, signal: AbortSignal): Promise<NotificationPage> {
  return api.get<NotificationPage>(withQuery(base, { limit: 20, cursor }), { signal });
}

export const markRead = (id: string) => api.post(`${base}/${encodeURIComponent(id)}/read`);
export const markAllRead = () => api.post(`${base}/read-all`);

/** Only links inside Daybook are followed (never another site). */
export function safeLink(link: string | null): string | undefined {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : undefined;
}
