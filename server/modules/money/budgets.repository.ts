import type { Db } from '../../db/database.ts';
import type { MoneyBudgetTable } from '../../db/schema.ts';
import { timestampFor } from '../../lib/time.ts';
import { isUniqueViolation } from '../../db/constraint-errors.ts';

export type BudgetRow = Omit<MoneyBudgetTable, 'amount_minor'> & { amount_minor: number };

function toRow(row: MoneyBudgetTable): BudgetRow {
  return { ...row, amount_minor: Number(row.amount_minor) };
}

export class BudgetRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  ts(date: Date): string | Date {
    return timestampFor(this.#db.dialect, date);
  }

  /** False when the owner already has a budget for that category (or overall) in that currency. */
  async insert(row: BudgetRow): Promise<boolean> {
    try {
      await this.#db.kysely.insertInto('money_budget').values(row).execute();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async list(ownerId: string, currency?: string): Promise<BudgetRow[]> {
    let select = this.#db.kysely.selectFrom('money_budget').selectAll().where('user_id', '=', ownerId);
    if (currency) select = select.where('currency', '=', currency);
    return (await select.orderBy('currency').orderBy('scope').execute()).map(toRow);
  }

  async find(ownerId: string, id: string): Promise<BudgetRow | undefined> {
    const row = await this.#db.kysely.selectFrom('money_budget').selectAll().where('id', '=', id).where('user_id', '=', ownerId).executeTakeFirst();
    return row && toRow(row);
  }

  async update(ownerId: string, id: string, changes: Partial<Pick<BudgetRow, 'amount_minor' | 'thresholds'>>, now: Date): Promise<void> {
    await this.#db.kysely.updateTable('money_budget').set({ ...changes, updated_at: this.ts(now) }).where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  async delete(ownerId: string, id: string): Promise<void> {
    await this.#db.kysely.deleteFrom('money_budget').where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  async alertsFor(ownerId: string, period: string): Promise<Array<{ budget_id: string; threshold: number }>> {
    return this.#db.kysely.selectFrom('money_budget_alert').select(['budget_id', 'threshold']).where('user_id', '=', ownerId).where('period', '=', period).execute();
  }

  /**
   * Records that a budget crossed a threshold in a period, with its notification, in one
   * transaction. False when it was already raised: the primary key makes it once per period.
   */
  async raiseAlert(
    alert: { budget_id: string; period: string; threshold: number; user_id: string; spent_minor: number; budget_minor: number },
    notification: { id: string; kind: string; title: string; body: string; link: string },
    now: Date,
  ): Promise<boolean> {
    return this.#db.kysely.transaction().execute(async (trx) => {
      const result = await trx
        .insertInto('money_budget_alert')
        .values({ ...alert, created_at: this.ts(now) })
        .onConflict((oc) => oc.columns(['budget_id', 'period', 'threshold']).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
      await trx.insertInto('notification').values({ ...notification, user_id: alert.user_id, created_at: this.ts(now), read_at: null }).execute();
      return true;
    });
  }
}
