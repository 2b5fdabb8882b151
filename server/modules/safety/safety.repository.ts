import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { timestampFor, toDate } from '../../lib/time.ts';

export class SafetyRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async recordCrisis(userId: string, level: 'concern' | 'crisis', signals: string[], source: 'journal' | 'companion', now: Date): Promise<void> {
    await this.#db.kysely
      .insertInto('crisis_event')
      .values({ id: randomUUID(), user_id: userId, level, signals: JSON.stringify(signals), source, created_at: timestampFor(this.#db.dialect, now) })
      .execute();
  }

  async findPlan(userId: string) {
    const row = await this.#db.kysely.selectFrom('safety_plan').selectAll().where('user_id', '=', userId).executeTakeFirst();
    return row ? { data: row.data, updatedAt: toDate(row.updated_at).toISOString() } : undefined;
  }

  async savePlan(userId: string, data: string, now: Date): Promise<void> {
    const values = { data, updated_at: timestampFor(this.#db.dialect, now) };
    await this.#db.kysely.insertInto('safety_plan').values({ user_id: userId, ...values }).onConflict((oc) => oc.column('user_id').doUpdateSet(values)).execute();
  }

  async latestCrisisAt(userId: string): Promise<Date | undefined> {
    const row = await this.#db.kysely.selectFrom('crisis_event').select('created_at').where('user_id', '=', userId).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    return row ? toDate(row.created_at) : undefined;
  }
}
