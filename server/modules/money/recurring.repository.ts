import type { Db } from '../../db/database.ts';
import type { MoneyRecurringTable } from '../../db/schema.ts';
import { timestampFor } from '../../lib/time.ts';

export type RecurringRow = Omit<MoneyRecurringTable, 'amount_minor' | 'active'> & { amount_minor: number; active: boolean };

function toRow(row: MoneyRecurringTable): RecurringRow {
  return { ...row, amount_minor: Number(row.amount_minor), active: Boolean(row.active) };
}

export class RecurringRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  ts(date: Date): string | Date {
    return timestampFor(this.#db.dialect, date);
  }

  async insert(row: RecurringRow): Promise<void> {
    await this.#db.kysely.insertInto('money_recurring').values(row).execute();
  }

  async list(ownerId: string): Promise<RecurringRow[]> {
    return (await this.#db.kysely.selectFrom('money_recurring').selectAll().where('user_id', '=', ownerId).orderBy('created_at').orderBy('id').execute()).map(toRow);
  }

  async find(ownerId: string, id: string): Promise<RecurringRow | undefined> {
    const row = await this.#db.kysely.selectFrom('money_recurring').selectAll().where('id', '=', id).where('user_id', '=', ownerId).executeTakeFirst();
    return row && toRow(row);
  }

  async update(ownerId: string, id: string, changes: Partial<Pick<RecurringRow, 'active' | 'end_date' | 'next_date' | 'next_index'>>, now: Date): Promise<void> {
    await this.#db.kysely.updateTable('money_recurring').set({ ...changes, updated_at: this.ts(now) }).where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  async delete(ownerId: string, id: string): Promise<void> {
    await this.#db.kysely.deleteFrom('money_recurring').where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  /**
   * Active rules with an occurrence on or before `date` (UTC date; the service checks each owner's
   * own today), in (next_date, id) order after `after`: the sweep pages past rules that are not yet
   * due in their owner's time zone instead of meeting them again at the head of every batch.
   */
  async due(date: string, limit: number, after?: { nextDate: string; id: string }): Promise<RecurringRow[]> {
    let select = this.#db.kysely.selectFrom('money_recurring').selectAll().where('active', '=', true).where('next_date', 'is not', null).where('next_date', '<=', date);
    if (after) select = select.where((eb) => eb.or([eb('next_date', '>', after.nextDate), eb.and([eb('next_date', '=', after.nextDate), eb('id', '>', after.id)])]));
    return (await select.orderBy('next_date').orderBy('id').limit(limit).execute()).map(toRow);
  }

  /** Moves a rule on past an occurrence; a no-op if another worker already moved it. */
  async advance(id: string, fromIndex: number, toIndex: number, nextDate: string | null, now: Date): Promise<void> {
    await this.#db.kysely
      .updateTable('money_recurring')
      .set({ next_index: toIndex, next_date: nextDate, updated_at: this.ts(now) })
      .where('id', '=', id)
      .where('next_index', '=', fromIndex)
      .execute();
  }
}
