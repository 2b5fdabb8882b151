import type { Db } from '../../db/database.ts';
import { timestampFor, toDate } from '../../lib/time.ts';

export class ProfileRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async find(userId: string) {
    const row = await this.#db.kysely.selectFrom('profile').selectAll().where('user_id', '=', userId).executeTakeFirst();
    return row ? { data: row.data, coachingConsent: Boolean(row.coaching_consent), updatedAt: toDate(row.updated_at).toISOString() } : undefined;
  }

  async save(userId: string, data: string, coachingConsent: boolean, now: Date): Promise<void> {
    const values = { data, coaching_consent: coachingConsent, updated_at: timestampFor(this.#db.dialect, now) };
    await this.#db.kysely.insertInto('profile').values({ user_id: userId, ...values }).onConflict((oc) => oc.column('user_id').doUpdateSet(values)).execute();
  }

  async delete(userId: string): Promise<boolean> {
    const result = await this.#db.kysely.deleteFrom('profile').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
