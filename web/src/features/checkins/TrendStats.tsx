import type { Summary, WaterUnit } from './checkins-api.ts';
import { formatAverage, formatWater, plural } from './checkin-format.ts';

/** Averages over 7 and 30 days, and the water-goal streaks, as a row of figures. */
export function TrendStats({ summary, unit }: { summary: Summary; unit: WaterUnit }) {
  const { averages, streaks } = summary;
  const water = (value: number | null) => (value === null ? '–' : formatWater(value, unit));
  const stats = [
    { label: 'Mood, 7-day average', value: formatAverage(averages.mood7), hint: `30 days: ${formatAverage(averages.mood30)}` },
    { label: 'Water, 7-day average', value: water(averages.water7), hint: `30 days: ${water(averages.water30)}` },
    { label: 'Water goal streak', value: plural(streaks.currentGoalDays, 'day'), hint: `Longest: ${plural(streaks.longestGoalDays, 'day')}` },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {stats.map((stat) => (
        <div key={stat.label} className="rounded-2xl border border-line bg-surface p-4">
          <dt className="text-sm font-medium text-ink-muted">{stat.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tracking-tight text-ink">{stat.value}</dd>
          <dd className="mt-0.5 text-sm text-ink-muted">{stat.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
