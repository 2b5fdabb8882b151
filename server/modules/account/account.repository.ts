import type { Db } from '../../db/database.ts';
import { timestampFor, toDate } from '../../lib/time.ts';
import type { Me, SessionView } from './account.schemas.ts';

export class AccountRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async findMe(userId: string): Promise<Me | undefined> {
    const row = await this.#db.kysely
      .selectFrom('user')
      .select(['id', 'name', 'email', 'emailVerified', 'role', 'twoFactorEnabled', 'createdAt'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      emailVerified: Boolean(row.emailVerified),
      role: row.role === 'admin' ? 'admin' : 'user',
      twoFactorEnabled: Boolean(row.twoFactorEnabled),
      createdAt: toDate(row.createdAt).toISOString(),
    };
  }

  /** The account's live sessions, without their tokens. At most 100: older ones are listed first to go. */
  async listSessions(userId: string, currentSessionId: string, now: Date): Promise<SessionView[]> {
    const rows = await this.#db.kysely
      .selectFrom('session')
      .select(['id', 'createdAt', 'updatedAt', 'expiresAt', 'ipAddress', 'userAgent'])
      .where('userId', '=', userId)
      .where('expiresAt', '>', timestampFor(this.#db.dialect, now))
      .orderBy('updatedAt', 'desc')
      .limit(100)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      createdAt: toDate(row.createdAt).toISOString(),
      updatedAt: toDate(row.updatedAt).toISOString(),
      expiresAt: toDate(row.expiresAt).toISOString(),
      ipAddress: row.ipAddress,
      userAgent: row.userAgent,
      current: row.id === currentSessionId,
    }));
  }

  /** Scoped by owner: another account's session id behaves exactly like a missing one. */
  async deleteSession(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.#db.kysely.deleteFrom('session').where('id', '=', sessionId).where('userId', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async deleteOtherSessions(userId: string, keepSessionId: string): Promise<number> {
    const result = await this.#db.kysely.deleteFrom('session').where('userId', '=', userId).where('id', '!=', keepSessionId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async hasAnyUser(): Promise<boolean> {
    const row = await this.#db.kysely.selectFrom('user').select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  }
}
