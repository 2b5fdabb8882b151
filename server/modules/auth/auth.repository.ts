import type { Db } from '../../db/database.ts';
import { timestampFor } from '../../lib/time.ts';

export const lockedReason = 'too many failed sign-ins';

/** SQL for the identity rules that better-auth does not own: first admin, invites, throttling. */
export class AuthRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async countUsers(): Promise<number> {
    const row = await this.#db.kysely.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Makes this user admin if no admin exists yet; one statement, so two racing sign-ups cannot both win. */
  async promoteIfNoAdmin(userId: string): Promise<boolean> {
    const result = await this.#db.kysely
      .updateTable('user')
      .set({ role: 'admin' })
      .where('id', '=', userId)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('user as other').select('other.id').where('other.role', '=', 'admin'))))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async findUsableInvite(tokenHash: string, now: Date) {
    return this.#db.kysely
      .selectFrom('invite')
      .select(['id', 'email'])
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', timestampFor(this.#db.dialect, now))
      .executeTakeFirst();
  }

  /** Marks an invite used; false if someone else used it first. */
  async consumeInvite(id: string, userId: string, now: Date): Promise<boolean> {
    const result = await this.#db.kysely
      .updateTable('invite')
      .set({ used_at: timestampFor(this.#db.dialect, now), used_by: userId })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async getFailures(keys: string[]): Promise<Map<string, { count: number; lastFailureAt: Date }>> {
    if (keys.length === 0) return new Map();
    const rows = await this.#db.kysely.selectFrom('login_failure').selectAll().where('key', 'in', keys).execute();
    return new Map(rows.map((row) => [row.key, { count: Number(row.count), lastFailureAt: new Date(row.last_failure_at) }]));
  }

  /** Adds one failure to each key atomically and returns the new counts. */
  async recordFailure(keys: string[], now: Date): Promise<Map<string, number>> {
    const at = timestampFor(this.#db.dialect, now);
    for (const key of keys) {
      await this.#db.kysely
        .insertInto('login_failure')
        .values({ key, count: 1, last_failure_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ count: eb('login_failure.count', '+', 1), last_failure_at: at })))
        .execute();
    }
    const counts = await this.getFailures(keys);
    return new Map([...counts].map(([key, value]) => [key, value.count]));
  }

  async resetFailures(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.#db.kysely.deleteFrom('login_failure').where('key', 'in', keys).execute();
  }

  async findUserIdByEmail(email: string): Promise<string | undefined> {
    const row = await this.#db.kysely.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
    return row?.id;
  }

  /** A password reset by email lifts a lock from failed sign-ins (but not an admin's decision). */
  async reenableAfterReset(userId: string): Promise<void> {
    await this.#db.kysely
      .updateTable('user')
      .set({ banned: false, banReason: null })
      .where('id', '=', userId)
      .where('banReason', '=', lockedReason)
      .execute();
  }

  /** Disables an account and ends every one of its sessions at once. */
  async disableUser(userId: string, reason: string): Promise<void> {
    await this.#db.kysely.transaction().execute(async (trx) => {
      await trx.updateTable('user').set({ banned: true, banReason: reason, banExpires: null }).where('id', '=', userId).execute();
      await trx.deleteFrom('session').where('userId', '=', userId).execute();
    });
  }
}
