import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { likeContains } from '../../db/like.ts';
import { cursorInstant, decodeCursor, pageOf } from '../../lib/pagination.ts';
import { timestampFor, toDate } from '../../lib/time.ts';
import type { AdminUser, UserListQuery } from './admin.schemas.ts';

const userColumns = ['id', 'email', 'name', 'role', 'banned', 'emailVerified', 'twoFactorEnabled', 'createdAt'] as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string | null;
  banned: boolean | number | null;
  emailVerified: boolean | number;
  twoFactorEnabled: boolean | number | null;
  createdAt: string | Date;
};

function toAdminUser(row: UserRow): AdminUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role === 'admin' ? 'admin' : 'user',
    disabled: Boolean(row.banned),
    emailVerified: Boolean(row.emailVerified),
    twoFactorEnabled: Boolean(row.twoFactorEnabled),
    createdAt: toDate(row.createdAt).toISOString(),
  };
}

/** Account administration. Only account fields: never anyone's journal, chat or profile. */
export class AdminRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async listUsers(query: UserListQuery): Promise<{ items: AdminUser[]; nextCursor: string | null }> {
    let select = this.#db.kysely.selectFrom('user').select(userColumns);
    if (query.q) {
      const text = query.q;
      select = select.where(sql<boolean>`(${likeContains('email', text, { ignoreCase: true })} or ${likeContains('name', text, { ignoreCase: true })})`);
    }
    const cursor = decodeCursor(query.cursor);
    if (cursor) {
      const at = timestampFor(this.#db.dialect, cursorInstant(cursor.at));
      select = select.where((eb) => eb.or([eb('createdAt', '>', at), eb.and([eb('createdAt', '=', at), eb('id', '>', cursor.id)])]));
    }
    const rows = await select.orderBy('createdAt', 'asc').orderBy('id', 'asc').limit(query.limit + 1).execute();
    return pageOf(rows.map(toAdminUser), query.limit, (user) => ({ at: user.createdAt, id: user.id }));
  }

  async findUser(id: string): Promise<AdminUser | undefined> {
    const row = await this.#db.kysely.selectFrom('user').select(userColumns).where('id', '=', id).executeTakeFirst();
    return row ? toAdminUser(row) : undefined;
  }

  async countActiveAdmins(): Promise<number> {
    const row = await this.#db.kysely
      .selectFrom('user')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .where((eb) => eb.or([eb('banned', 'is', null), eb('banned', '=', false)]))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async setRole(id: string, role: 'admin' | 'user'): Promise<void> {
    await this.#db.kysely.updateTable('user').set({ role, updatedAt: timestampFor(this.#db.dialect, new Date()) }).where('id', '=', id).execute();
  }

  /** Disabling ends every session of the account in the same transaction. */
  async setDisabled(id: string, disabled: boolean): Promise<void> {
    await this.#db.kysely.transaction().execute(async (trx) => {
      await trx
        .updateTable('user')
        .set({ banned: disabled, banReason: disabled ? 'disabled by an administrator' : null, banExpires: null })
        .where('id', '=', id)
        .execute();
      if (disabled) await trx.deleteFrom('session').where('userId', '=', id).execute();
    });
  }

  async endSessions(id: string): Promise<void> {
    await this.#db.kysely.deleteFrom('session').where('userId', '=', id).execute();
  }

  async deleteUser(id: string): Promise<boolean> {
    const result = await this.#db.kysely.deleteFrom('user').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async createInvite(tokenHash: string, email: string | undefined, createdBy: string, expiresAt: Date): Promise<string> {
    const id = randomUUID();
    await this.#db.kysely
      .insertInto('invite')
      .values({
        id,
        token_hash: tokenHash,
        email: email?.toLowerCase() ?? null,
        created_by: createdBy,
        created_at: timestampFor(this.#db.dialect, new Date()),
        expires_at: timestampFor(this.#db.dialect, expiresAt),
        used_at: null,
        used_by: null,
      })
      .execute();
    return id;
  }
}
