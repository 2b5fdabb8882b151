import { addDays, datesBetween, localDate } from '../../lib/dates.ts';
import { toDate } from '../../lib/time.ts';
import type { Day, Summary } from './checkins.schemas.ts';

export interface SummaryInput {
  from: string;
  to: string;
  /** The person's "today", to tell an unfinished day from a missed one. */
  today: string;
  timeZone: string;
  goalMl: number;
  moods: Array<{ score: number; recorded_at: string | Date }>;
  waters: Array<{ amount_ml: number; recorded_at: string | Date }>;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function average(values: number[]): number | null {
  return values.length === 0 ? null : round1(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/**
 * Daily totals and averages in the person's time zone. Averages cover the 7 and 30 days ending at
 * `to`, over the days that have an entry (a day without any log is missing data, not a zero).
 * The current goal streak counts back from `to`; an unfinished today does not break it.
 */
export function computeSummary(input: SummaryInput): Omit<Summary, 'ownerId'> {
  // Time zones change offset on quarter-hour boundaries at the finest, so one Intl lookup per
  // quarter hour serves every entry in it; Intl formatting is the costly part of a summary.
  const quarterHourMs = 15 * 60 * 1000;
  const dateByQuarter = new Map<number, string>();
  const dateOf = (value: string | Date) => {
    const instant = toDate(value);
    const quarter = Math.floor(instant.getTime() / quarterHourMs);
    let date = dateByQuarter.get(quarter);
    if (date === undefined) {
      date = localDate(new Date(quarter * quarterHourMs), input.timeZone);
      dateByQuarter.set(quarter, date);
    }
    return date;
  };
  const water = new Map<string, number>();
  for (const log of input.waters) {
    const date = dateOf(log.recorded_at);
    water.set(date, (water.get(date) ?? 0) + log.amount_ml);
  }
  const moods = new Map<string, number[]>();
  for (const mood of input.moods) {
    const date = dateOf(mood.recorded_at);
    const scores = moods.get(date);
    if (scores) scores.push(mood.score);
    else moods.set(date, [mood.score]);
  }
  const dayOf = (date: string): Day => {
    const waterMl = water.get(date) ?? 0;
    const scores = moods.get(date) ?? [];
    return { date, waterMl, goalMet: waterMl >= input.goalMl, moodAverage: average(scores), moodCount: scores.length };
  };

  const lastDays = (count: number) => datesBetween(addDays(input.to, -(count - 1)), input.to);
  const moodOver = (count: number) => average(lastDays(count).flatMap((date) => moods.get(date) ?? []));
  const waterOver = (count: number) => average(lastDays(count).filter((date) => water.has(date)).map((date) => water.get(date) ?? 0));

  let current = 0;
  for (let date = input.to; ; date = addDays(date, -1)) {
    const met = (water.get(date) ?? 0) >= input.goalMl;
    if (met) current += 1;
    else if (!(date === input.today && current === 0)) break;
    if (current > 366 || date < addDays(input.to, -366)) break;
  }
  let longest = 0;
  let run = 0;
  for (const date of datesBetween(input.from, input.to)) {
    run = (water.get(date) ?? 0) >= input.goalMl ? run + 1 : 0;
    longest = Math.max(longest, run);
  }

  return {
    timeZone: input.timeZone,
    waterGoalMl: input.goalMl,
    days: datesBetween(input.from, input.to).map(dayOf),
    averages: { mood7: moodOver(7), mood30: moodOver(30), water7: waterOver(7), water30: waterOver(30) },
    streaks: { currentGoalDays: current, longestGoalDays: Math.max(longest, current) },
  };
}
