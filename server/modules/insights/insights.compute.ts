import { addDays, datesBetween } from '../../lib/dates.ts';

export interface DayInput {
  date: string;
  entryMoods: number[];
  sentiments: number[];
  checkinMoods: number[];
  tags: string[];
  entries: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => (values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length));

/** Monday of the ISO week a date falls in. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

/** A tag's link with mood is shown only with enough data on both sides (DESIGN: 3 and 3). */
export const minDaysEachSide = 3;

/**
 * Everything the insights dashboard shows, from per-day inputs already in the person's time zone.
 * A day's mood is the mean of its entry moods and check-in scores.
 */
export function computeInsights(from: string, to: string, inputs: Map<string, DayInput>) {
  const days = datesBetween(from, to).map((date) => {
    const input = inputs.get(date);
    const moods = [...(input?.entryMoods ?? []), ...(input?.checkinMoods ?? [])];
    return { date, entries: input?.entries ?? 0, mood: mean(moods), sentiment: mean(input?.sentiments ?? []), tags: input?.tags ?? [] };
  });

  const weeks = new Map<string, { moods: number[]; sentiments: number[]; entries: number }>();
  for (const day of days) {
    const key = weekStart(day.date);
    const week = weeks.get(key) ?? { moods: [], sentiments: [], entries: 0 };
    if (day.mood !== null) week.moods.push(day.mood);
    if (day.sentiment !== null) week.sentiments.push(day.sentiment);
    week.entries += day.entries;
    weeks.set(key, week);
  }

  let current = 0;
  for (let i = days.length - 1; i >= 0 && (days[i]?.entries ?? 0) > 0; i -= 1) current += 1;
  let longest = 0;
  let run = 0;
  for (const day of days) {
    run = day.entries > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }

  const tagCounts = new Map<string, number>();
  for (const day of days) for (const tag of day.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  const topTags = [...tagCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10).map(([tag, count]) => ({ tag, days: count }));

  const moodDays = days.filter((day) => day.mood !== null);
  const tagMood = topTags.flatMap(({ tag }) => {
    const withTag = moodDays.filter((day) => day.tags.includes(tag)).map((day) => day.mood as number);
    const without = moodDays.filter((day) => !day.tags.includes(tag)).map((day) => day.mood as number);
    if (withTag.length < minDaysEachSide || without.length < minDaysEachSide) return [];
    const withMean = mean(withTag) as number;
    const withoutMean = mean(without) as number;
    return [{ tag, moodWith: withMean, moodWithout: withoutMean, difference: round2(withMean - withoutMean), daysWith: withTag.length, daysWithout: without.length }];
  });

  return {
    days: days.map(({ tags: _tags, ...day }) => day),
    weeks: [...weeks].map(([weekOf, week]) => ({ weekOf, mood: mean(week.moods), sentiment: mean(week.sentiments), entries: week.entries })),
    streaks: { currentDays: current, longestDays: longest },
    topTags,
    tagMood,
  };
}
