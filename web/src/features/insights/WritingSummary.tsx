import { formatAverage, plural } from '../checkins/checkin-format.ts';
import { formatEntryDate } from '../journal/journal-api.ts';
import type { Insights } from './insights-api.ts';

/** Streaks and a line per week: entries, average mood and tone. */
export function WritingSummary({ insights }: { insights: Insights }) {
  const { streaks, weeks } = insights;
  return (
    <div className="grid items-start gap-5 lg:grid-cols-[1fr_2fr]">
      <section aria-labelledby="streaks-heading" className="rounded-3xl border border-line bg-surface p-5 sm:p-6">
        <h2 id="streaks-heading" className="text-lg font-semibold tracking-tight text-ink">
          Writing streaks
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-4">
          <div>
            <dt className="text-sm text-ink-muted">Current</dt>
            <dd className="text-2xl font-semibold text-ink">{plural(streaks.currentDays, 'day')}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">Longest</dt>
            <dd className="text-2xl font-semibold text-ink">{plural(streaks.longestDays, 'day')}</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-ink-muted">Days in a row with at least one entry. Missing days are fine.</p>
      </section>
      <section aria-labelledby="weeks-heading" className="rounded-3xl border border-line bg-surface p-5 sm:p-6">
        <h2 id="weeks-heading" className="text-lg font-semibold tracking-tight text-ink">
          Week by week
        </h2>
        {weeks.length === 0 ? (
          <p className="mt-2 text-ink-muted">No entries in this period yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-line">
            {weeks.map((week) => (
              <li key={week.weekOf} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
                <span className="font-semibold text-ink">Week of {formatEntryDate(week.weekOf)}</span>
                <span className="text-ink-muted">
                  {week.entries === 0
                    ? 'No entries'
                    : `${plural(week.entries, 'entry', 'entries')} · mood ${week.mood === null ? '–' : formatAverage(week.mood)} · tone ${week.sentiment === null ? '–' : week.sentiment.toFixed(2)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
