import { Link } from 'react-router';
import { formatDateTime, formatRelative } from '../../lib/dates.ts';
import { safeLink, type AppNotification } from './notifications-api.ts';

interface NotificationItemProps {
  notification: AppNotification;
  onOpen: (notification: AppNotification) => void;
  compact?: boolean;
}

/** One notification: unread ones are marked with a dot and the word "Unread"; its title links to what it is about. */
export function NotificationItem({ notification, onOpen, compact = false }: NotificationItemProps) {
  const link = safeLink(notification.link);
  const unread = notification.readAt === null;
  const title = <span className="font-semibold text-ink">{notification.title}</span>;
  return (
    <div className={`flex items-start gap-3 ${compact ? 'px-3 py-2.5' : 'p-4 sm:p-5'}`}>
      <span aria-hidden="true" className={`mt-2 size-2 shrink-0 rounded-full ${unread ? 'bg-accent' : 'bg-transparent'}`} />
      <div className="min-w-0 flex-1">
        <p className="leading-snug">
          {unread && <span className="sr-only">Unread: </span>}
          {link ? (
            <Link to={link} onClick={() => onOpen(notification)} className="underline-offset-4 hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        <p className={`mt-0.5 text-sm leading-relaxed text-ink-muted ${compact ? 'line-clamp-2' : ''}`}>{notification.body}</p>
        <p className="mt-1 text-xs text-ink-muted">
          <time dateTime={notification.createdAt} title={formatDateTime(notification.createdAt)}>
            {formatRelative(notification.createdAt)}
          </time>
        </p>
      </div>
    </div>
  );
}
