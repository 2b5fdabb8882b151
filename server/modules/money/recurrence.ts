import { addDays } from '../../lib/dates.ts';

export interface RecurrenceRule {
  cadence: 'weekly' | 'monthly';
  interval: number;
  startDate: string;
  endDate: string | null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date of occurrence `index` (0 = the start date). Monthly rules keep the start's day of the
 * month, moved back to the last day in shorter months (a rule on the 31st pays on 30 April and
 * 28 or 29 February), always counted from the start so a short month never shifts later ones.
 */
export function occurrenceDate(rule: RecurrenceRule, index: number): string {
  if (rule.cadence === 'weekly') return addDays(rule.startDate, index * 7 * rule.interval);
  const [year, month, day] = rule.startDate.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + index * rule.interval;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/** The next date to materialise from `index` on, or null when the rule has ended. */
export function nextOccurrence(rule: RecurrenceRule, index: number): string | null {
  const date = occurrenceDate(rule, index);
  return rule.endDate !== null && date > rule.endDate ? null : date;
}

/** Indexes from `fromIndex` whose dates are on or before `today` (at most `limit`). */
export function dueOccurrences(rule: RecurrenceRule, fromIndex: number, today: string, limit: number): Array<{ index: number; date: string }> {
  const due: Array<{ index: number; date: string }> = [];
  for (let index = fromIndex; due.length < limit; index += 1) {
    const date = nextOccurrence(rule, index);
    if (date === null || date > today) break;
    due.push({ index, date });
  }
  return due;
}
