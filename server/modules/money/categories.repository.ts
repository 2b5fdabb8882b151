import type { Kysely } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database, MoneyCategoryTable } from '../../db/schema.ts';
import { timestampFor } from '../../lib/time.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/constraint-errors.ts';

export type CategoryRow = MoneyCategoryTable;

/** Case- and space-insensitive form of a category name, for uniqueness. */
export function categoryNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export class CategoryRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  ts(date: Date): string | Date {
    return timestampFor(this.#db.dialect, date);
  }

  async hasAny(ownerId: string): Promise<boolean> {
    return (await this.#db.kysely.selectFrom('money_category').select('id').where('user_id', '=', ownerId).limit(1).executeTakeFirst()) !== undefined;
  }

  /**
   * Inserts in one statement, skipping any that clash with what is there: a request racing to
   * seed the same defaults sees either none of them or all of them, never half.
   */
  /** Takes a category out of the archive (an import files rows under it again). */
  async restore(ownerId: string, id: string, now: Date, executor: Kysely<Database> = this.#db.kysely): Promise<void> {
    await executor.updateTable('money_category').set({ archived_at: null, updated_at: this.ts(now) }).where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  async insertMissing(rows: CategoryRow[], executor: Kysely<Database> = this.#db.kysely): Promise<void> {
    if (rows.length === 0) return;
    await executor.insertInto('money_category').values(rows).onConflict((oc) => oc.doNothing()).execute();
  }

  /** False when the owner already has a category of that kind and name. */
  async insert(row: CategoryRow): Promise<boolean> {
    const result = await this.#db.kysely.insertInto('money_category').values(row).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async list(ownerId: string): Promise<CategoryRow[]> {
    return this.#db.kysely.selectFrom('money_category').selectAll().where('user_id', '=', ownerId).orderBy('kind').orderBy('name_key').execute();
  }

  async find(ownerId: string, id: string): Promise<CategoryRow | undefined> {
    return this.#db.kysely.selectFrom('money_category').selectAll().where('id', '=', id).where('user_id', '=', ownerId).executeTakeFirst();
  }

  async findByNameKey(ownerId: string, kind: 'expense' | 'income', nameKey: string): Promise<CategoryRow | undefined> {
    return this.#db.kysely.selectFrom('money_category').selectAll().where('user_id', '=', ownerId).where('kind', '=', kind).where('name_key', '=', nameKey).executeTakeFirst();
  }

  async hasChildren(ownerId: string, id: string): Promise<boolean> {
    return (await this.#db.kysely.selectFrom('money_category').select('id').where('user_id', '=', ownerId).where('parent_id', '=', id).limit(1).executeTakeFirst()) !== undefined;
  }

  /** False when the new name clashes with another category of the owner's. */
  async update(ownerId: string, id: string, changes: Partial<Pick<CategoryRow, 'name' | 'name_key' | 'parent_id' | 'archived_at'>>, now: Date): Promise<boolean> {
    try {
      await this.#db.kysely.updateTable('money_category').set({ ...changes, updated_at: this.ts(now) }).where('id', '=', id).where('user_id', '=', ownerId).execute();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Deletes a category nothing refers to; false when something does (the caller archives it instead). */
  async deleteIfUnused(ownerId: string, id: string): Promise<boolean> {
    return this.#db.kysely.transaction().execute(async (trx) => {
      const used = await trx
        .selectFrom('money_transaction')
        .select('id')
        .where('user_id', '=', ownerId)
        .where('category_id', '=', id)
        .union(trx.selectFrom('money_recurring').select('id').where('user_id', '=', ownerId).where('category_id', '=', id))
        .union(trx.selectFrom('money_budget').select('id').where('user_id', '=', ownerId).where('category_id', '=', id))
        .union(trx.selectFrom('money_category').select('id').where('user_id', '=', ownerId).where('parent_id', '=', id))
        .limit(1)
        .executeTakeFirst();
      if (used) return false;
      await trx.deleteFrom('money_category').where('id', '=', id).where('user_id', '=', ownerId).execute();
      return true;
    }).catch((error: unknown) => {
      // Something started using it between the check and the delete (PostgreSQL, READ COMMITTED): archive instead.
      if (isForeignKeyViolation(error)) return false;
      throw error;
    });
  }
}
