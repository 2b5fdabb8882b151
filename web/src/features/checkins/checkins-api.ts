import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { withQuery } from '../../lib/query-string.ts';
import type { Page } from '../../lib/use-paged-query.ts';

// Mirrors server/modules/checkins/checkins.schemas.ts. Move both to common/ when shared schemas land.
export type WaterUnit = 'ml' | 'fl_oz';

export interface CheckinSettings {
  timeZone: string;
  waterGoalMl: number;
  waterUnit: WaterUnit;
  waterPresetsMl: number[];
}

export interface Mood {
  id: string;
  ownerId: string;
  score: number;
  note: string | null;
  emotions: string[];
  recordedAt: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface Water {
  id: string;
  ownerId: string;
  amountMl: number;
  recordedAt: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface SummaryDay {
  date: string;
  waterMl: number;
  goalMet: boolean;
  moodAverage: number | null;
  moodCount: number;
}

export interface Summary {
  ownerId: string;
  timeZone: string;
  waterGoalMl: number;
  days: SummaryDay[];
  averages: { mood7: number | null; mood30: number | null; water7: number | null; water30: number | null };
  streaks: { currentGoalDays: number; longestGoalDays: number };
}

export interface MoodInput {
  score: number;
  note?: string;
  emotions?: string[];
}

export interface MoodPatch {
  score?: number;
  note?: string | null;
  emotions?: string[];
  recordedAt?: string;
}

export interface WaterPatch {
  amountMl?: number;
  recordedAt?: string;
}

export interface SettingsPatch {
  timeZone?: string;
  waterGoalMl?: number;
  waterUnit?: WaterUnit;
}

/** Whose check-ins: undefined for my own, or the id of someone who shares theirs with me. */
export type Owner = string | undefined;

/** A time window for the history lists: ISO instants, `to` exclusive. */
export interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

const base = '/api/v1/checkins';

/** Every check-in query starts with this key, so live updates refresh them all at once. */
export const checkinKeys = {
  all: ['checkins'] as const,
  settings: (owner: Owner) => ['checkins', 'settings', owner ?? 'me'] as const,
  summary: (owner: Owner, from: string, to: string) => ['checkins', 'summary', owner ?? 'me', from, to] as const,
  moods: (owner: Owner, range: Range) => ['checkins', 'mood', owner ?? 'me', range] as const,
  water: (owner: Owner, range: Range) => ['checkins', 'water', owner ?? 'me', range] as const,
};

export const settingsQuery = (owner: Owner) =>
  queryOptions({
    queryKey: checkinKeys.settings(owner),
    queryFn: ({ signal }) => api.get<CheckinSettings>(withQuery(`${base}/settings`, { owner }), { signal }),
  });

/** Days are yyyy-mm-dd in the owner's time zone, both included. */
export const summaryQuery = (owner: Owner, from: string, to: string) =>
  queryOptions({
    queryKey: checkinKeys.summary(owner, from, to),
    queryFn: ({ signal }) => api.get<Summary>(withQuery(`${base}/summary`, { owner, from, to }), { signal }),
  });

export function listMoods(owner: Owner, range: Range, cursor: string | undefined, signal: AbortSignal): Promise<Page<Mood>> {
  return api.get<Page<Mood>>(withQuery(`${base}/mood`, { owner, ...range, cursor, limit: 20 }), { signal });
}

export function listWater(owner: Owner, range: Range, cursor: string | undefined, signal: AbortSignal): Promise<Page<Water>> {
  return api.get<Page<Water>>(withQuery(`${base}/water`, { owner, ...range, cursor, limit: 20 }), { signal });
}

export const addMood = (owner: Owner, input: MoodInput) => api.post<Mood>(`${base}/mood`, { ...input, ...(owner ? { ownerId: owner } : {}) });
export const addWater = (owner: Owner, amountMl: number) => api.post<Water>(`${base}/water`, { amountMl, ...(owner ? { ownerId: owner } : {}) });
export const updateMood = (id: string, patch: MoodPatch) => api.patch<Mood>(`${base}/mood/${encodeURIComponent(id)}`, patch);
export const updateWater = (id: string, patch: WaterPatch) => api.patch<Water>(`${base}/water/${encodeURIComponent(id)}`, patch);
export const deleteMood = (id: string) => api.delete(`${base}/mood/${encodeURIComponent(id)}`);
export const deleteWater = (id: string) => api.delete(`${base}/water/${encodeURIComponent(id)}`);
export const updateSettings = (patch: SettingsPatch) => api.patch<CheckinSettings>(`${base}/settings`, patch);

export const exportUrl = (format: 'csv' | 'json') => `${base}/export?format=${format}`;
export const streamUrl = `${base}/stream`;
