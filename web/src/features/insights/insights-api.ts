import { api } from '../../lib/api-client.ts';
import { withQuery } from '../../lib/query-string.ts';

export interface InsightDay {
  date: string;
  entries: number;
  mood: number | null;
  sentiment: number | null;
}

export interface InsightWeek {
  weekOf: string;
  mood: number | null;
  sentiment: number | null;
  entries: number;
}

export interface TagMood {
  tag: string;
  moodWith: number;
  moodWithout: number;
  difference: number;
  daysWith: number;
  daysWithout: number;
}

export interface Insights {
  from: string;
  to: string;
  timeZone: string;
  days: InsightDay[];
  weeks: InsightWeek[];
  streaks: { currentDays: number; longestDays: number };
  topTags: Array<{ tag: string; days: number }>;
  tagMood: TagMood[];
}

export const insightRanges = [7, 30, 90] as const;
export type InsightRange = (typeof insightRanges)[number];

export const getInsights = (from: string, to: string, signal: AbortSignal) => api.get<Insights>(withQuery('/api/v1/insights', { from, to }), { signal });
