import type { Db } from '../../db/database.ts';
import type { JournalEntryTable } from '../../db/schema.ts';
import { cursorInstant, decodeCursor, pageOf } from '../../lib/pagination.ts';
import { timestampFor, toDate } from '../../lib/time.ts';

export type EntryRow = JournalEntryTable;

export interface EntryFilter {
  from?: string | undefined;
  to?: string | undefined;
  mood?: number | undefined;
  /** Every token must be present (AND), e.g. one per search word plus the tag token. */
  tokens: string[];
  cursor?: string | undefined;
  limit: number;
}

/** Journal SQL. Owner only: every query is scoped by user_id; entries are never shared. */
export class JournalRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  ts(date: Date): string | Date {
    return timestampFor(this.#db.dialect, date);
  }

  async insert(row: EntryRow, tokens: string[]): Promise<void> {
    await this.#db.kysely.transaction().execute(async (trx) => {
      await trx.insertInto('journal_entry').values(row).execute();
      if (tokens.length > 0) await trx.insertInto('journal_token').values(tokens.map((token) => ({ entry_id: row.id, user_id: row.user_id, token }))).execute();
    });
  }

  async find(userId: string, id: string): Promise<EntryRow | undefined> {
    return this.#db.kysely.selectFrom('journal_entry').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  }

  async update(userId: string, id: string, changes: Partial<EntryRow>, tokens: string[] | undefined): Promise<void> {
    await this.#db.kysely.transaction().execute(async (trx) => {
      await trx.updateTable('journal_entry').set(changes).where('id', '=', id).where('user_id', '=', userId).execute();
      if (tokens) {
        await trx.deleteFrom('journal_token').where('entry_id', '=', id).where('user_id', '=', userId).execute();
        if (tokens.length > 0) await trx.insertInto('journal_token').values(tokens.map((token) => ({ entry_id: id, user_id: userId, token }))).execute();
      }
    });
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.#db.kysely.deleteFrom('journal_entry').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Every entry of a date range, for insights (at most a year, bounded by the caller). */
  async between(userId: string, from: string, to: string): Promise<EntryRow[]> {
    return this.#db.kysely.selectFrom('journal_entry').selectAll().where('user_id', '=', userId).where('entry_date', '>=', from).where('entry_date', '<=', to).orderBy('entry_date').execute();
  }

  /** Newest entry date first, keyset-paginated on (entry_date, created_at, id). */
  async list(userId: string, filter: EntryFilter) {
    let select = this.#db.kysely.selectFrom('journal_entry').selectAll().where('user_id', '=', userId);
    if (filter.from) select = select.where('entry_date', '>=', filter.from);
    if (filter.to) select = select.where('entry_date', '<=', filter.to);
    if (filter.mood !== undefined) select = select.where('mood', '=', filter.mood);
    for (const token of filter.tokens) {
      select = select.where((eb) =>
        eb.exists(eb.selectFrom('journal_token').select('journal_token.entry_id').whereRef('journal_token.entry_id', '=', 'journal_entry.id').where('journal_token.user_id', '=', userId).where('journal_token.token', '=', token)),
      );
    }
    const cursor = decodeCursor(filter.cursor);
    if (cursor) {
      // The cursor's "at" packs the entry date and creation time: "<YYYY-MM-DD>|<ISO instant>".
      const [date = '', createdIso = ''] = cursor.at.split('|');
      const created = this.ts(cursorInstant(createdIso));
      select = select.where((eb) =>
        eb.or([
          eb('entry_date', '<', date),
          eb.and([eb('entry_date', '=', date), eb('created_at', '<', created)]),
          eb.and([eb('entry_date', '=', date), eb('created_at', '=', created), eb('id', '<', cursor.id)]),
        ]),
      );
    }
    const rows = await select.orderBy('entry_date', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit + 1).execute();
    return pageOf(rows, filter.limit, (row) => ({ at: `${row.entry_date}|${toDate(row.created_at).toISOString()}`, id: row.id }));
  }
}

/** The owner's time zone (from their check-in settings), to know what "today" means for them. */
export async function timeZoneOf(db: Db, userId: string): Promise<string> {
  const row = await db.kysely.selectFrom('user_settings').select('time_zone').where('user_id', '=', userId).executeTakeFirst();
  return row?.time_zone ?? 'UTC';
}

export class JournalAnalysisRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async find(userId: string, entryId: string) {
    return this.#db.kysely.selectFrom('journal_analysis').selectAll().where('entry_id', '=', entryId).where('user_id', '=', userId).executeTakeFirst();
  }

  async forUser(userId: string, entryIds: string[]) {
    // In slices: one bound parameter per id, and SQLite allows 32,766 per statement, PostgreSQL 65,535.
    const slice = 1000;
    const rows: Array<{ entry_id: string; result: string }> = [];
    for (let start = 0; start < entryIds.length; start += slice) {
      const ids = entryIds.slice(start, start + slice);
      rows.push(...(await this.#db.kysely.selectFrom('journal_analysis').select(['entry_id', 'result']).where('user_id', '=', userId).where('entry_id', 'in', ids).execute()));
    }
    return rows;
  }

  async markCurrent(userId: string, entryId: string, entryUpdatedAt: Date): Promise<void> {
    await this.#db.kysely.updateTable('journal_analysis').set({ entry_updated_at: timestampFor(this.#db.dialect, entryUpdatedAt) }).where('entry_id', '=', entryId).where('user_id', '=', userId).execute();
  }

  async save(row: { entry_id: string; user_id: string; result: string; provider: string; entry_updated_at: string | Date }, now: Date): Promise<void> {
    const values = { ...row, analysed_at: timestampFor(this.#db.dialect, now) };
    await this.#db.kysely
      .insertInto('journal_analysis')
      .values(values)
      .onConflict((oc) => oc.column('entry_id').doUpdateSet({ result: values.result, provider: values.provider, entry_updated_at: values.entry_updated_at, analysed_at: values.analysed_at }))
      .execute();
  }
}
