import { Link } from 'react-router';
import { Badge } from '../../components/Badge.tsx';
import { entryHeadline, formatEntryDate, type Entry } from './journal-api.ts';
import { TagList } from './TagList.tsx';

/** One entry in the journal list: date, title or first line, tags and mood. */
export function EntryListItem({ entry }: { entry: Entry }) {
  return (
    <li className="relative rounded-2xl border border-line bg-surface p-4 shadow-sm shadow-black/[0.03] transition-colors hover:border-line-strong sm:p-5 dark:shadow-none">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <p className="text-sm font-semibold text-ink-muted">
          <time dateTime={entry.entryDate}>{formatEntryDate(entry.entryDate)}</time>
        </p>
        {entry.mood !== null && <Badge tone="accent">Mood {entry.mood}/10</Badge>}
      </div>
      <h2 className="mt-1 text-lg font-semibold tracking-tight wrap-break-word text-ink">
        <Link to={`/journal/${entry.id}`} className="underline-offset-4 before:absolute before:inset-0 before:rounded-2xl hover:underline">
          {entryHeadline(entry)}
        </Link>
      </h2>
      {entry.tags.length > 0 && <TagList tags={entry.tags} className="relative mt-3" />}
    </li>
  );
}
