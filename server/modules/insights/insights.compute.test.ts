import { describe, expect, it } from 'vitest';
import { computeInsights, weekStart, type DayInput } from './insights.compute.ts';

const day = (date: string, overrides: Partial<DayInput> = {}): [string, DayInput] => [date, { date, entryMoods: [], sentiments: [], checkinMoods: [], tags: [], entries: 1, ...overrides }];

describe('computeInsights', () => {
  it('finds the ISO week start', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
  });

  it('blends entry moods and check-ins per day, and averages weeks', () => {
    const result = computeInsights('2026-11-23', '2026-11-24', new Map([day('2026-11-23', { entryMoods: [4], checkinMoods: [6], sentiments: [-0.5, 0.1] })]));
    expect(result.days[0]).toEqual({ date: '2026-11-23', entries: 1, mood: 5, sentiment: -0.2 });
    expect(result.days[1]).toEqual({ date: '2026-11-24', entries: 0, mood: null, sentiment: null });
    expect(result.weeks).toEqual([{ weekOf: '2026-11-23', mood: 5, sentiment: -0.2, entries: 1 }]);
  });

  it('counts writing streaks', () => {
    const inputs = new Map([day('2026-11-01'), day('2026-11-02'), day('2026-11-04'), day('2026-11-05'), day('2026-11-06')]);
    expect(computeInsights('2026-11-01', '2026-11-06', inputs).streaks).toEqual({ currentDays: 3, longestDays: 3 });
  });

  it('shows a tag-mood link only with at least 3 days with and 3 without the tag', () => {
    const walk = (date: string, mood: number) => day(date, { tags: ['walk'], entryMoods: [mood] });
    const plain = (date: string, mood: number) => day(date, { entryMoods: [mood] });
    const few = computeInsights('2026-11-01', '2026-11-05', new Map([walk('2026-11-01', 8), walk('2026-11-02', 8), plain('2026-11-03', 4), plain('2026-11-04', 4), plain('2026-11-05', 4)]));
    expect(few.tagMood).toEqual([]);
    const enough = computeInsights('2026-11-01', '2026-11-06', new Map([walk('2026-11-01', 8), walk('2026-11-02', 7), walk('2026-11-03', 9), plain('2026-11-04', 4), plain('2026-11-05', 5), plain('2026-11-06', 3)]));
    expect(enough.tagMood).toEqual([{ tag: 'walk', moodWith: 8, moodWithout: 4, difference: 4, daysWith: 3, daysWithout: 3 }]);
    expect(enough.topTags).toEqual([{ tag: 'walk', days: 3 }]);
  });
});
