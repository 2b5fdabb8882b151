import { describe, expect, it } from 'vitest';
import { dueOccurrences, nextOccurrence, occurrenceDate } from './recurrence.ts';

describe('occurrenceDate', () => {
  const monthly31 = { cadence: 'monthly' as const, interval: 1, startDate: '2026-01-31', endDate: null };
  it.each([
    [monthly31, 0, '2026-01-31'],
    [monthly31, 1, '2026-02-28'],
    [monthly31, 2, '2026-03-31'],
    [monthly31, 3, '2026-04-30'],
    [{ ...monthly31, startDate: '2027-12-29' }, 2, '2028-02-29'],
    [{ ...monthly31, interval: 3 }, 4, '2027-01-31'],
    [{ cadence: 'weekly' as const, interval: 1, startDate: '2026-03-26', endDate: null }, 1, '2026-04-02'],
    [{ cadence: 'weekly' as const, interval: 2, startDate: '2026-12-24', endDate: null }, 1, '2027-01-07'],
  ])('%o occurrence %i is %s', (rule, index, expected) => {
    expect(occurrenceDate(rule, index)).toBe(expected);
  });
});

describe('dueOccurrences', () => {
  it('lists every occurrence up to today, and stops at the end date', () => {
    const rule = { cadence: 'weekly' as const, interval: 1, startDate: '2026-11-01', endDate: '2026-11-15' };
    expect(dueOccurrences(rule, 0, '2026-11-30', 100).map((o) => o.date)).toEqual(['2026-11-01', '2026-11-08', '2026-11-15']);
    expect(nextOccurrence(rule, 3)).toBeNull();
  });

  it('starts from the given index and respects the limit', () => {
    const rule = { cadence: 'monthly' as const, interval: 1, startDate: '2026-01-15', endDate: null };
    expect(dueOccurrences(rule, 2, '2026-11-23', 3)).toEqual([
      { index: 2, date: '2026-03-15' },
      { index: 3, date: '2026-04-15' },
      { index: 4, date: '2026-05-15' },
    ]);
    expect(dueOccurrences(rule, 0, '2026-01-14', 10)).toEqual([]);
  });
});
