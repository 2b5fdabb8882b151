import { createHash } from 'node:crypto';
import type { AiProvider, EntryAnalysis } from '../../integrations/ai/provider.ts';
import { detectCrisis } from '../../integrations/ai/local/crisis.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import { toDate } from '../../lib/time.ts';
import type { JournalAnalysisRepository, JournalRepository } from './journal.repository.ts';

export const analyseJobKind = 'journal.analyse';

export interface AnalysisView {
  status: 'pending' | 'done';
  /** True when the entry is about a new version than the one analysed. */
  outdated?: boolean;
  sentiment?: EntryAnalysis['sentiment'];
  reflection?: EntryAnalysis['reflection'] | null;
  /** Set when the crisis detector fired: the reflection then gives way to the support message. */
  supportShown?: boolean;
}

const context = (entryId: string) => `journal_analysis.result:${entryId}`;

/**
 * What the crisis detector reads of an entry: title, body and tags, each tag as its own
 * sentence. People put the hardest words where they think nobody looks; a tag such as
 * "want to die" must count like the same words in the body.
 */
export function crisisTextOf(entry: { title: string | null; body: string; tags: readonly string[] }): string {
  return [entry.title ?? '', entry.body, ...entry.tags.map((tag) => `${tag}.`)].join('\n');
}

/** Background analysis of an entry after each save; the save itself never waits for it. */
export class JournalAnalysisService {
  readonly #entries: JournalRepository;
  readonly #analyses: JournalAnalysisRepository;
  readonly #cipher: FieldCipher;
  readonly #provider: AiProvider;

  constructor(entries: JournalRepository, analyses: JournalAnalysisRepository, cipher: FieldCipher, provider: AiProvider) {
    this.#entries = entries;
    this.#analyses = analyses;
    this.#cipher = cipher;
    this.#provider = provider;
  }

  /** The job handler: analyses the entry as it is now (an entry deleted meanwhile is simply skipped). */
  async analyse(payload: { userId: string; entryId: string }): Promise<void> {
    const row = await this.#entries.find(payload.userId, payload.entryId);
    if (!row) return;
    const title = row.title ? this.#cipher.decrypt(row.title, `journal_entry.title:${row.id}`) : null;
    const body = this.#cipher.decrypt(row.body, `journal_entry.body:${row.id}`);
    const tags = JSON.parse(this.#cipher.decrypt(row.tags, `journal_entry.tags:${row.id}`)) as string[];
    const text = `${title ?? ''}\n${body}`;
    const seed = createHash('sha256').update(row.id).digest().readUInt32BE(0);
    const analysis = await this.#provider.analyseEntry({ text, seed, userId: row.user_id });
    const crisis = detectCrisis(crisisTextOf({ title, body, tags })).level !== 'none';
    const stored = { ...analysis, reflection: crisis ? null : analysis.reflection, supportShown: crisis };
    await this.#analyses.save(
      { entry_id: row.id, user_id: row.user_id, result: this.#cipher.encrypt(JSON.stringify(stored), context(row.id)), provider: this.#provider.name, entry_updated_at: row.updated_at },
      new Date(),
    );
  }

  /** After an edit that leaves the words alone (mood, date): the analysis still describes the entry. */
  async keepCurrent(userId: string, entryId: string, entryUpdatedAt: Date): Promise<void> {
    await this.#analyses.markCurrent(userId, entryId, entryUpdatedAt);
  }

  async view(userId: string, entryId: string, entryUpdatedAt: string): Promise<AnalysisView> {
    const row = await this.#analyses.find(userId, entryId);
    if (!row) return { status: 'pending' };
    const result = JSON.parse(this.#cipher.decrypt(row.result, context(entryId))) as Omit<AnalysisView, 'status'>;
    return { status: 'done', outdated: toDate(row.entry_updated_at).toISOString() !== entryUpdatedAt, ...result };
  }
}
