import type { Kysely } from 'kysely';
import type { Db } from '../../db/database.ts';
import { visibleTo } from '../sharing/sharing.repository.ts';
import { likeContains } from '../../db/like.ts';
import type { Database, MoneyTransactionTable } from '../../db/schema.ts';
import { decodeCursor, pageOf } from '../../lib/pagination.ts';
import { timestampFor } from '../../lib/time.ts';

export type TransactionRow = Omit<MoneyTransactionTable, 'amount_minor'> & { amount_minor: number };

export interface TransactionFilter {
  from?: string | undefined;
  to?: string | undefined;
  kind?: 'expense' | 'income' | undefined;
  categoryIds?: string[] | undefined;
  tag?: string | undefined;
  payeeKey?: string | undefined;
  account?: string | undefined;
  currency?: string | undefined;
  minMinor?: number | undefined;
  maxMinor?: number | undefined;
}

/** What reports and budgets add up: one row per transaction, no text. */
export interface AmountRow {
  kind: 'expense' | 'income';
  amount_minor: number;
  currency: string;
  occurred_on: string;
  category_id: string | null;
}

type Executor = Kysely<Database>;
/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const insertChunk = 400;

function toRow(row: MoneyTransactionTable): TransactionRow {
  return { ...row, amount_minor: Number(row.amount_minor) };
}

export class TransactionRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  ts(date: Date): string | Date {
    return timestampFor(this.#db.dialect, date);
  }

  /** Runs `work` in one database transaction: all of it happens, or none. */
  async atomically<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.#db.kysely.transaction().execute(work);
  }

  async insert(rows: TransactionRow[], tags: Map<string, string[]>, executor: Executor = this.#db.kysely): Promise<void> {
    for (let start = 0; start < rows.length; start += insertChunk) {
      const chunk = rows.slice(start, start + insertChunk);
      await executor.insertInto('money_transaction').values(chunk).execute();
      const tagRows = chunk.flatMap((row) => (tags.get(row.id) ?? []).map((tag) => ({ transaction_id: row.id, user_id: row.user_id, tag })));
      for (let at = 0; at < tagRows.length; at += insertChunk) await executor.insertInto('money_transaction_tag').values(tagRows.slice(at, at + insertChunk)).execute();
    }
  }

  /** For a recurring occurrence: false when another instance or an earlier run already made it. */
  async insertOccurrence(row: TransactionRow, tags: string[]): Promise<boolean> {
    return this.#db.kysely.transaction().execute(async (trx) => {
      const result = await trx
        .insertInto('money_transaction')
        .values(row)
        .onConflict((oc) => oc.columns(['recurring_id', 'occurrence_index']).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
      if (tags.length > 0) await trx.insertInto('money_transaction_tag').values(tags.map((tag) => ({ transaction_id: row.id, user_id: row.user_id, tag }))).execute();
      return true;
    });
  }

  async findVisible(actorId: string, id: string): Promise<TransactionRow | undefined> {
    const row = await this.#db.kysely.selectFrom('money_transaction').selectAll().where('id', '=', id).where(visibleTo(actorId)).executeTakeFirst();
    return row && toRow(row);
  }

  async update(id: string, ownerId: string, changes: Partial<TransactionRow>, tags: string[] | undefined, now: Date): Promise<void> {
    await this.#db.kysely.transaction().execute(async (trx) => {
      await trx.updateTable('money_transaction').set({ ...changes, updated_at: this.ts(now) }).where('id', '=', id).where('user_id', '=', ownerId).execute();
      if (tags === undefined) return;
      await trx.deleteFrom('money_transaction_tag').where('transaction_id', '=', id).execute();
      if (tags.length > 0) await trx.insertInto('money_transaction_tag').values(tags.map((tag) => ({ transaction_id: id, user_id: ownerId, tag }))).execute();
    });
  }

  async delete(id: string, ownerId: string): Promise<void> {
    await this.#db.kysely.deleteFrom('money_transaction').where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  /** Newest first, keyset-paginated on (occurred_on, id). */
  async list(ownerId: string, filter: TransactionFilter, page: { cursor?: string | undefined; limit: number }) {
    let select = this.#filtered(ownerId, filter).selectAll();
    const cursor = decodeCursor(page.cursor);
    if (cursor) select = select.where((eb) => eb.or([eb('occurred_on', '<', cursor.at), eb.and([eb('occurred_on', '=', cursor.at), eb('id', '<', cursor.id)])]));
    const rows = (await select.orderBy('occurred_on', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()).map(toRow);
    return pageOf(rows, page.limit, (row) => ({ at: row.occurred_on, id: row.id }));
  }

  #filtered(ownerId: string, filter: TransactionFilter) {
    let select = this.#db.kysely.selectFrom('money_transaction').where('user_id', '=', ownerId);
    if (filter.from) select = select.where('occurred_on', '>=', filter.from);
    if (filter.to) select = select.where('occurred_on', '<=', filter.to);
    if (filter.kind) select = select.where('kind', '=', filter.kind);
    if (filter.categoryIds) select = select.where('category_id', 'in', filter.categoryIds);
    if (filter.account) select = select.where('account', '=', filter.account);
    if (filter.currency) select = select.where('currency', '=', filter.currency);
    if (filter.minMinor !== undefined) select = select.where('amount_minor', '>=', filter.minMinor);
    if (filter.maxMinor !== undefined) select = select.where('amount_minor', '<=', filter.maxMinor);
    if (filter.payeeKey) select = select.where(likeContains('payee_key', filter.payeeKey));
    if (filter.tag) {
      const tag = filter.tag;
      select = select.where('id', 'in', (eb) => eb.selectFrom('money_transaction_tag').select('transaction_id').where('user_id', '=', ownerId).where('tag', '=', tag));
    }
    return select;
  }

  /** Every transaction of an owner, oldest first, for their export. */
  async all(ownerId: string, range: { from?: string | undefined; to?: string | undefined }): Promise<TransactionRow[]> {
    return (await this.#filtered(ownerId, range).selectAll().orderBy('occurred_on').orderBy('id').execute()).map(toRow);
  }

  async amounts(ownerId: string, from: string, to: string, currency?: string): Promise<AmountRow[]> {
    let select = this.#db.kysely
      .selectFrom('money_transaction')
      .select(['kind', 'amount_minor', 'currency', 'occurred_on', 'category_id'])
      .where('user_id', '=', ownerId)
      .where('occurred_on', '>=', from)
      .where('occurred_on', '<=', to);
    if (currency) select = select.where('currency', '=', currency);
    return (await select.execute()).map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
  }

  /** Existing (date, amount, payee) keys on the given dates, to flag duplicates in an import. */
  async keysOnDates(ownerId: string, from: string, to: string) {
    return this.#db.kysely
      .selectFrom('money_transaction')
      .select(['occurred_on', 'amount_minor', 'kind', 'currency', 'payee'])
      .where('user_id', '=', ownerId)
      .where('occurred_on', '>=', from)
      .where('occurred_on', '<=', to)
      .execute();
  }

  /** Labelled history for the categoriser: the owner's most recent categorised transactions. */
  async labelled(ownerId: string, limit: number) {
    return this.#db.kysely
      .selectFrom('money_transaction')
      .select(['payee', 'note', 'kind', 'category_id', 'occurred_on', 'id'])
      .where('user_id', '=', ownerId)
      .where('category_id', 'is not', null)
      .orderBy('occurred_on', 'desc')
      .limit(limit)
      .execute();
  }

  async countInCategory(ownerId: string, categoryId: string): Promise<number> {
    const row = await this.#db.kysely
      .selectFrom('money_transaction')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('user_id', '=', ownerId)
      .where('category_id', '=', categoryId)
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }
}
