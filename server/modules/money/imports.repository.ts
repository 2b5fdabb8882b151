import type { Kysely } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database, MoneyImportTable } from '../../db/schema.ts';
import { timestampFor } from '../../lib/time.ts';

export type ImportRowRecord = MoneyImportTable;

export class ImportRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  ts(date: Date): string | Date {
    return timestampFor(this.#db.dialect, date);
  }

  async insert(row: ImportRowRecord): Promise<void> {
    await this.#db.kysely.insertInto('money_import').values(row).execute();
  }

  async find(ownerId: string, id: string): Promise<ImportRowRecord | undefined> {
    return this.#db.kysely.selectFrom('money_import').selectAll().where('id', '=', id).where('user_id', '=', ownerId).executeTakeFirst();
  }

  /** For the background job, which has only the id. */
  async findById(id: string): Promise<ImportRowRecord | undefined> {
    return this.#db.kysely.selectFrom('money_import').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** uploaded → committing, once: a second commit of the same import changes nothing. */
  async startCommit(ownerId: string, id: string, options: string): Promise<boolean> {
    const result = await this.#db.kysely
      .updateTable('money_import')
      .set({ status: 'committing', options, error: null })
      .where('id', '=', id)
      .where('user_id', '=', ownerId)
      .where('status', 'in', ['uploaded', 'failed'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Claims the import inside the transaction that writes its rows: marks it done (dropping the
   * stored file) only if it is still committing. A second run of the same import (a retried job,
   * a job taken over after its lease ran out) waits on this row's lock and then finds 0 rows, so
   * the rows are written once. Answers whether this run holds the claim.
   */
  async claimForWriting(executor: Kysely<Database>, id: string, imported: number): Promise<boolean> {
    const result = await executor
      .updateTable('money_import')
      .set({ status: 'done', imported_rows: imported, rows: null })
      .where('id', '=', id)
      .where('status', '=', 'committing')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async fail(id: string, error: string): Promise<void> {
    await this.#db.kysely.updateTable('money_import').set({ status: 'failed', error: error.slice(0, 500) }).where('id', '=', id).where('status', '=', 'committing').execute();
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.#db.kysely.deleteFrom('money_import').where('id', '=', id).where('user_id', '=', ownerId).where('status', '!=', 'committing').executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Uploads nobody committed are not kept: their stored rows go after `expires_at`. */
  async purgeExpired(now: Date): Promise<number> {
    const result = await this.#db.kysely.deleteFrom('money_import').where('expires_at', '<', this.ts(now)).where('status', '!=', 'committing').where('status', '!=', 'done').executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
