import { api } from '../../lib/api-client.ts';
import { withQuery } from '../../lib/query-string.ts';
import type { Page } from '../../lib/use-paged-query.ts';
import type { Support } from '../safety/safety-api.ts';

/** A journal entry as the server sends it (docs/api-journal.md). */
export interface Entry {
  id: string;
  title: string | null;
  body: string;
  tags: string[];
  mood: number | null;
  entryDate: string;
  createdAt: string;
  updatedAt: string;
}

export interface Sentiment {
  score: number;
  label: 'negative' | 'neutral' | 'positive';
  emotions: string[];
}

export interface Reflection {
  acknowledgement: string;
  strategy: { id: string; title: string; steps: string[]; basis: string };
}

export interface Analysis {
  status: 'pending' | 'done';
  outdated?: boolean;
  sentiment?: Sentiment;
  reflection?: Reflection | null;
  supportShown?: boolean;
}

export type EntryWithAnalysis = Entry & { analysis: Analysis };
export type SavedEntry = Entry & { support: Support | null };

export interface EntryInput {
  body: string;
  title: string | null;
  tags: string[];
  mood: number | null;
  entryDate: string;
}

export interface EntryFilters {
  q?: string;
  tag?: string;
  mood?: string;
  from?: string;
  to?: string;
}

export const bodyLimit = 5000;
export const tagLimit = 20;
export const tagLengthLimit = 40;

const base = '/api/v1/journal/entries';

export const journalKeys = {
  all: ['journal'] as const,
  lists: ['journal', 'list'] as const,
  list: (filters: EntryFilters) => ['journal', 'list', filters] as const,
  entry: (id: string) => ['journal', 'entry', id] as const,
};

export const listEntries = (filters: EntryFilters, cursor: string | undefined, signal: AbortSignal) =>
  api.get<Page<Entry>>(withQuery(base, { ...filters, cursor, limit: 20 }), { signal });

export const getEntry = (id: string, signal?: AbortSignal) => api.get<EntryWithAnalysis>(`${base}/${encodeURIComponent(id)}`, signal ? { signal } : {});

/** Creates the entry, or updates it when `id` is given. The title is left out when empty on create. */
export function saveEntry(id: string | undefined, input: EntryInput): Promise<SavedEntry> {
  if (id) return api.patch<SavedEntry>(`${base}/${encodeURIComponent(id)}`, input);
  const { title, mood, ...rest } = input;
  return api.post<SavedEntry>(base, { ...rest, ...(title ? { title } : {}), ...(mood === null ? {} : { mood }) });
}

export const deleteEntry = (id: string) => api.delete<void>(`${base}/${encodeURIComponent(id)}`);

/** The title, or the body's first line without Markdown marks. */
export function entryHeadline(entry: Pick<Entry, 'title' | 'body'>): string {
  if (entry.title) return entry.title;
  const first = entry.body.split('\n').find((line) => line.trim() !== '') ?? '';
  const plain = first.replace(/^\s*(#{1,6}|>|[-*+]|\d+[.)])\s+/, '').replace(/[*_`]/g, '').trim();
  return plain.length > 90 ? `${plain.slice(0, 89)}…` : plain || 'Untitled entry';
}

/** "12 May 2025" for a YYYY-MM-DD date, read as a calendar day (no time-zone shift). */
export function formatEntryDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}
