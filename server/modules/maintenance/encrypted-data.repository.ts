import type { Db } from '../../db/database.ts';

const batchSize = 200;

/** The encrypted columns of the database, walked in id order for key rotation. */
export class EncryptedDataRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async moodNotes(afterId: string) {
    return this.#db.kysely.selectFrom('mood_checkin').select(['id', 'note']).where('id', '>', afterId).where('note', 'is not', null).orderBy('id').limit(batchSize).execute();
  }

  async setMoodNote(id: string, note: string): Promise<void> {
    await this.#db.kysely.updateTable('mood_checkin').set({ note }).where('id', '=', id).execute();
  }

  async moodEmotions(afterId: string) {
    return this.#db.kysely.selectFrom('mood_checkin').select(['id', 'emotions']).where('id', '>', afterId).orderBy('id').limit(batchSize).execute();
  }

  async setMoodEmotions(id: string, emotions: string): Promise<void> {
    await this.#db.kysely.updateTable('mood_checkin').set({ emotions }).where('id', '=', id).execute();
  }

  async moneyNotes(afterId: string) {
    return this.#db.kysely.selectFrom('money_transaction').select(['id', 'note']).where('id', '>', afterId).where('note', 'is not', null).orderBy('id').limit(batchSize).execute();
  }

  async setMoneyNote(id: string, note: string): Promise<void> {
    await this.#db.kysely.updateTable('money_transaction').set({ note }).where('id', '=', id).execute();
  }

  async recurringNotes(afterId: string) {
    return this.#db.kysely.selectFrom('money_recurring').select(['id', 'note']).where('id', '>', afterId).where('note', 'is not', null).orderBy('id').limit(batchSize).execute();
  }

  async setRecurringNote(id: string, note: string): Promise<void> {
    await this.#db.kysely.updateTable('money_recurring').set({ note }).where('id', '=', id).execute();
  }

  /** Uploaded CSV files waiting to be imported. */
  async importFiles(afterId: string) {
    return this.#db.kysely.selectFrom('money_import').select(['id', 'rows']).where('id', '>', afterId).where('rows', 'is not', null).orderBy('id').limit(batchSize).execute();
  }

  async setImportFile(id: string, rows: string): Promise<void> {
    await this.#db.kysely.updateTable('money_import').set({ rows }).where('id', '=', id).execute();
  }

  async analyses(afterId: string) {
    return this.#db.kysely.selectFrom('journal_analysis').select(['entry_id as id', 'result']).where('entry_id', '>', afterId).orderBy('entry_id').limit(batchSize).execute();
  }

  async setAnalysis(entryId: string, result: string): Promise<void> {
    await this.#db.kysely.updateTable('journal_analysis').set({ result }).where('entry_id', '=', entryId).execute();
  }

  async profiles(afterId: string) {
    return this.#db.kysely.selectFrom('profile').select(['user_id as id', 'data']).where('user_id', '>', afterId).orderBy('user_id').limit(batchSize).execute();
  }

  async setProfile(userId: string, data: string): Promise<void> {
    await this.#db.kysely.updateTable('profile').set({ data }).where('user_id', '=', userId).execute();
  }

  async safetyPlans(afterId: string) {
    return this.#db.kysely.selectFrom('safety_plan').select(['user_id as id', 'data']).where('user_id', '>', afterId).orderBy('user_id').limit(batchSize).execute();
  }

  async setSafetyPlan(userId: string, data: string): Promise<void> {
    await this.#db.kysely.updateTable('safety_plan').set({ data }).where('user_id', '=', userId).execute();
  }

  async journalEntries(afterId: string) {
    return this.#db.kysely.selectFrom('journal_entry').select(['id', 'user_id', 'title', 'body', 'tags']).where('id', '>', afterId).orderBy('id').limit(batchSize).execute();
  }

  /** New ciphertexts and search tokens for one entry, together. */
  async rewriteJournalEntry(entry: { id: string; userId: string; title: string | null; body: string; tags: string }, tokens: string[]): Promise<void> {
    await this.#db.kysely.transaction().execute(async (trx) => {
      await trx.updateTable('journal_entry').set({ title: entry.title, body: entry.body, tags: entry.tags }).where('id', '=', entry.id).execute();
      await trx.deleteFrom('journal_token').where('entry_id', '=', entry.id).execute();
      if (tokens.length > 0) await trx.insertInto('journal_token').values(tokens.map((token) => ({ entry_id: entry.id, user_id: entry.userId, token }))).execute();
    });
  }
}
