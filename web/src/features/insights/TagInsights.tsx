import { Link } from 'react-router';
import { formatAverage, plural } from '../checkins/checkin-format.ts';
import type { Insights } from './insights-api.ts';

const cardClasses = 'rounded-3xl border border-line bg-surface p-5 shadow-sm shadow-black/[0.03] sm:p-6 dark:shadow-none';

/** The tags used on most days, and how mood differed on days with and without a tag. */
export function TagInsights({ insights }: { insights: Insights }) {
  return (
    <div className="grid items-start gap-5 lg:grid-cols-2">
      <section aria-labelledby="top-tags-heading" className={cardClasses}>
        <h2 id="top-tags-heading" className="text-lg font-semibold tracking-tight text-ink">
          Top tags
        </h2>
        {insights.topTags.length === 0 ? (
          <p className="mt-2 text-ink-muted">No tags in this period. Tags on your entries will show up here.</p>
        ) : (
          <ul className="mt-3 flex flex-wrap gap-2">
            {insights.topTags.map(({ tag, days }) => (
              <li key={tag}>
                <Link to={`/journal?tag=${encodeURIComponent(tag)}`} className="inline-flex min-h-9 items-center gap-2 rounded-full bg-neutral-soft px-3 text-sm font-semibold text-neutral hover:underline">
                  #{tag} <span className="font-normal">{plural(days, 'day')}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="tag-mood-heading" className={cardClasses}>
        <h2 id="tag-mood-heading" className="text-lg font-semibold tracking-tight text-ink">
          Tags and mood
        </h2>
        <p className="mt-1 text-sm leading-relaxed text-ink-muted">
          A tag shows here only once it has at least 3 days with it and 3 days without. These are patterns, not causes: many things change how a day feels.
        </p>
        {insights.tagMood.length === 0 ? (
          <p className="mt-3 text-ink-muted">Not enough days yet to compare. Keep adding a mood and tags to your entries.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {insights.tagMood.map((link) => (
              <li key={link.tag} className="rounded-2xl bg-surface-muted p-3 leading-relaxed text-ink">
                On days tagged <strong>‘{link.tag}’</strong> your mood averaged <strong>{formatAverage(link.moodWith)}</strong> vs {formatAverage(link.moodWithout)} otherwise
                <span className="text-sm text-ink-muted">
                  {' '}
                  ({plural(link.daysWith, 'day')} with, {plural(link.daysWithout, 'day')} without)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
