import { describe, expect, it } from 'vitest';
import { computeSummary } from './summary.ts';

const base = { timeZone: 'Europe/London', goalMl: 2000, moods: [], waters: [] };

describe('computeSummary', () => {
  it('groups by local day across the spring DST change (a 23-hour day)', () => {
    const summary = computeSummary({
      ...base,
      from: '2026-03-28',
      to: '2026-03-30',
      today: '2026-03-30',
      waters: [
        { amount_ml: 500, recorded_at: '2026-03-28T23:30:00.000Z' }, // 23:30 GMT on the 28th
        { amount_ml: 700, recorded_at: '2026-03-29T23:30:00.000Z' }, // 00:30 BST on the 30th
        { amount_ml: 300, recorded_at: '2026-03-29T22:59:00.000Z' }, // 23:59 BST on the 29th
      ],
    });
    expect(summary.days.map((d) => [d.date, d.waterMl])).toEqual([
      ['2026-03-28', 500],
      ['2026-03-29', 300],
      ['2026-03-30', 700],
    ]);
  });

  it('averages mood and water over days with entries', () => {
    const summary = computeSummary({
      ...base,
      timeZone: 'UTC',
      from: '2026-01-01',
      to: '2026-01-07',
      today: '2026-01-07',
      moods: [
        { score: 4, recorded_at: '2026-01-01T08:00:00Z' },
        { score: 8, recorded_at: '2026-01-01T20:00:00Z' },
        { score: 9, recorded_at: '2026-01-07T09:00:00Z' },
      ],
      waters: [
        { amount_ml: 1000, recorded_at: '2026-01-02T09:00:00Z' },
        { amount_ml: 3000, recorded_at: '2026-01-03T09:00:00Z' },
      ],
    });
    expect(summary.days[0]).toMatchObject({ moodAverage: 6, moodCount: 2 });
    expect(summary.averages.mood7).toBe(7);
    expect(summary.averages.water7).toBe(2000);
  });

  it('counts the current goal streak back from today, not breaking it for an unfinished today', () => {
    const day = (date: string, ml: number) => ({ amount_ml: ml, recorded_at: `${date}T12:00:00Z` });
    const summary = computeSummary({
      ...base,
      timeZone: 'UTC',
      from: '2026-01-01',
      to: '2026-01-06',
      today: '2026-01-06',
      waters: [day('2026-01-01', 2500), day('2026-01-02', 2000), day('2026-01-03', 100), day('2026-01-04', 2100), day('2026-01-05', 2000), day('2026-01-06', 500)],
    });
    expect(summary.streaks).toEqual({ currentGoalDays: 2, longestGoalDays: 2 });
  });
});
