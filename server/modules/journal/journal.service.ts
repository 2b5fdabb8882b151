import { randomUUID } from 'node:crypto';
import { AppError } from '../../lib/app-error.ts';
import type { BlindIndex } from '../../lib/blind-index.ts';
import { searchWords } from '../../lib/blind-index.ts';
import { addDays, localDate } from '../../lib/dates.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import { toDate } from '../../lib/time.ts';
import type { Actor } from '../../plugins/auth.ts';
import type { SafetyService, Support } from '../safety/safety.service.ts';
import { crisisTextOf, type JournalAnalysisService } from './journal-analysis.ts';
import type { EntryRow, JournalRepository } from './journal.repository.ts';
import type { Entry, EntryCreate, EntryListQuery, EntryPatch } from './journal.schemas.ts';

export interface JournalDeps {
  repository: JournalRepository;
  cipher: FieldCipher;
  index: BlindIndex;
  safety: SafetyService;
  analysis: JournalAnalysisService;
  /** Queues the background analysis of this version of the entry. */
  enqueueAnalysis(userId: string, entryId: string, version: string): Promise<void>;
  timeZoneOf(userId: string): Promise<string>;
  now?: () => Date;
}

/** What a save answers: the entry, and support when the crisis detector fired on it. */
export type SavedEntry = Entry & { support: Support | null };

const context = (field: 'title' | 'body' | 'tags', id: string) => `journal_entry.${field}:${id}`;
const tagWord = (tag: string) => `tag:${tag}`;

/** The search tokens of an entry: its words, and its tags in a namespace of their own. */
export function entryTokens(index: BlindIndex, title: string | null, body: string, tags: string[]): string[] {
  return [...new Set([...index.tokensOf(`${title ?? ''} ${body}`), ...tags.map((tag) => index.token(tagWord(tag)))])];
}

/** The journal: private to its owner, encrypted at rest, searchable through a blind index. */
export class JournalService {
  readonly #deps: JournalDeps;
  readonly #now: () => Date;

  constructor(deps: JournalDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }


  async #checkDate(userId: string, date: string): Promise<void> {
    const today = localDate(this.#now(), await this.#deps.timeZoneOf(userId));
    if (date < '2000-01-01' || date > addDays(today, 1)) {
      throw new AppError('VALIDATION_FAILED', 'The entry date must be between 2000-01-01 and tomorrow.', { details: [{ path: 'body.entryDate', message: 'out of range' }] });
    }
  }

  #view(row: EntryRow): Entry {
    const { cipher } = this.#deps;
    return {
      id: row.id,
      title: row.title ? cipher.decrypt(row.title, context('title', row.id)) : null,
      body: cipher.decrypt(row.body, context('body', row.id)),
      tags: JSON.parse(cipher.decrypt(row.tags, context('tags', row.id))) as string[],
      mood: row.mood,
      entryDate: row.entry_date,
      createdAt: toDate(row.created_at).toISOString(),
      updatedAt: toDate(row.updated_at).toISOString(),
    };
  }

  /** Runs on every save, synchronously, so support shows at once; analysis follows in the background. */
  async #afterSave(actor: Actor, entry: Entry, textChanged: boolean, country: string | undefined): Promise<SavedEntry> {
    const support = textChanged ? await this.#deps.safety.assess(actor.userId, crisisTextOf(entry), 'journal', country) : null;
    if (textChanged) await this.#deps.enqueueAnalysis(actor.userId, entry.id, entry.updatedAt);
    else await this.#deps.analysis.keepCurrent(actor.userId, entry.id, new Date(entry.updatedAt));
    return { ...entry, support };
  }

  async create(actor: Actor, input: EntryCreate, country?: string): Promise<SavedEntry> {
    const entryDate = input.entryDate ?? localDate(this.#now(), await this.#deps.timeZoneOf(actor.userId));
    await this.#checkDate(actor.userId, entryDate);
    const id = randomUUID();
    const now = this.#deps.repository.ts(this.#now());
    const title = input.title ? input.title : null;
    const tags = input.tags ?? [];
    const { cipher } = this.#deps;
    const row: EntryRow = {
      id,
      user_id: actor.userId,
      title: title ? cipher.encrypt(title, context('title', id)) : null,
      body: cipher.encrypt(input.body, context('body', id)),
      tags: cipher.encrypt(JSON.stringify(tags), context('tags', id)),
      mood: input.mood ?? null,
      entry_date: entryDate,
      created_at: now,
      updated_at: now,
    };
    await this.#deps.repository.insert(row, entryTokens(this.#deps.index, title, input.body, tags));
    return this.#afterSave(actor, this.#view(row), true, country);
  }

  async #find(actor: Actor, id: string): Promise<Entry> {
    const row = await this.#deps.repository.find(actor.userId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return this.#view(row);
  }

  /** One entry with its analysis (pending until the background job has run). */
  async get(actor: Actor, id: string) {
    const entry = await this.#find(actor, id);
    return { ...entry, analysis: await this.#deps.analysis.view(actor.userId, id, entry.updatedAt) };
  }

  async update(actor: Actor, id: string, patch: EntryPatch, country?: string): Promise<SavedEntry> {
    const row = await this.#deps.repository.find(actor.userId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const current = this.#view(row);
    if (patch.entryDate !== undefined) await this.#checkDate(actor.userId, patch.entryDate);
    const title = patch.title === undefined ? current.title : patch.title || null;
    const body = patch.body ?? current.body;
    const tags = patch.tags ?? current.tags;
    const { cipher } = this.#deps;
    const changes: Partial<EntryRow> = { updated_at: this.#deps.repository.ts(this.#now()) };
    if (patch.title !== undefined) changes.title = title ? cipher.encrypt(title, context('title', id)) : null;
    if (patch.body !== undefined) changes.body = cipher.encrypt(body, context('body', id));
    if (patch.tags !== undefined) changes.tags = cipher.encrypt(JSON.stringify(tags), context('tags', id));
    if (patch.mood !== undefined) changes.mood = patch.mood;
    if (patch.entryDate !== undefined) changes.entry_date = patch.entryDate;
    const textChanged = patch.title !== undefined || patch.body !== undefined || patch.tags !== undefined;
    await this.#deps.repository.update(actor.userId, id, changes, textChanged ? entryTokens(this.#deps.index, title, body, tags) : undefined);
    return this.#afterSave(actor, await this.#find(actor, id), textChanged, country);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    if (!(await this.#deps.repository.delete(actor.userId, id))) throw new AppError('NOT_FOUND');
  }

  async list(actor: Actor, query: EntryListQuery) {
    const tokens = [...new Set(searchWords(query.q ?? ''))].slice(0, 10).map((word) => this.#deps.index.token(word));
    if (query.tag) tokens.push(this.#deps.index.token(tagWord(query.tag)));
    const page = await this.#deps.repository.list(actor.userId, { from: query.from, to: query.to, mood: query.mood, tokens, cursor: query.cursor, limit: query.limit });
    return { items: page.items.map((row) => this.#view(row)), nextCursor: page.nextCursor };
  }
}
