import type { Db } from '../../db/database.ts';
import { toDate } from '../../lib/time.ts';
import type { Me } from './account.schemas.ts';

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

  async hasAnyUser(): Promise<boolean> {
    const row = await this.#db.kysely.selectFrom('user').select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  }
}
