import type { ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { formatDateTime, formatUtc } from '../../lib/dates.ts';

interface EntryRowProps {
  /** "Mood 7, good" or "250 ml": also names the row's buttons. */
  title: string;
  recordedAt: string;
  details?: ReactNode;
  /** The edit form, open in place of the details. */
  editor?: ReactNode;
  /** Without these the row is read-only (a viewer's). */
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}

/** One check-in in the history: what, when, and (for those who may) Edit and Delete. */
export function EntryRow({ title, recordedAt, details, editor, onEdit, onDelete }: EntryRowProps) {
  return (
    <li className="p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-semibold text-ink">{title}</p>
          <p className="text-sm text-ink-muted">
            <time dateTime={recordedAt} title={formatUtc(recordedAt)}>
              {formatDateTime(recordedAt)}
            </time>
          </p>
        </div>
        {!editor && (onEdit || onDelete) && (
          <div className="flex shrink-0 gap-2">
            {onEdit && (
              <Button variant="secondary" onClick={onEdit}>
                Edit<span className="sr-only"> {title}</span>
              </Button>
            )}
            {onDelete && (
              <Button variant="secondary" onClick={onDelete}>
                Delete<span className="sr-only"> {title}</span>
              </Button>
            )}
          </div>
        )}
      </div>
      {editor ? <div className="mt-4">{editor}</div> : details && <div className="mt-2 space-y-1 text-sm leading-relaxed text-ink">{details}</div>}
    </li>
  );
}
