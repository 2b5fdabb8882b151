import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { timestampFor, toDate } from '../../lib/time.ts';
import type { ApiKey, ApiKeyScope } from './api-keys.schemas.ts';

type Row = { id: string; name: string; start: string; scopes: string; created_at: string | Date; expires_at: string | Date | null; last_used_at: string | Date | null };

function toApiKey(row: Row): ApiKey {
  return {
    id: row.id,
    name: row.name,
    start: row.start,
    scopes: JSON.parse(row.scopes) as ApiKeyScope[],
    createdAt: toDate(row.created_at).toISOString(),
    expiresAt: row.expires_at ? toDate(row.expires_at).toISOString() : null,
    lastUsedAt: row.last_used_at ? toDate(row.last_used_at).toISOString() : null,
  };
}

const columns = ['id', 'name', 'start', 'scopes', 'created_at', 'expires_at', 'last_used_at'] as const;

export class ApiKeyRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async list(userId: string): Promise<ApiKey[]> {
    const rows = await this.#db.kysely.selectFrom('api_key').select(columns).where('user_id', '=', userId).orderBy('created_at', 'desc').limit(100).execute();
    return rows.map(toApiKey);
  }

  async countFor(userId: string): Promise<number> {
    const row = await this.#db.kysely.selectFrom('api_key').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async create(input: { userId: string; name: string; start: string; keyHash: string; scopes: ApiKeyScope[]; expiresAt: Date | null }, now: Date): Promise<ApiKey> {
    const id = randomUUID();
    const ts = (date: Date) => timestampFor(this.#db.dialect, date);
    await this.#db.kysely
      .insertInto('api_key')
      .values({
        id,
        user_id: input.userId,
        name: input.name,
        start: input.start,
        key_hash: input.keyHash,
        scopes: JSON.stringify(input.scopes),
        created_at: ts(now),
        expires_at: input.expiresAt ? ts(input.expiresAt) : null,
        last_used_at: null,
      })
      .execute();
    return { id, name: input.name, start: input.start, scopes: input.scopes, createdAt: now.toISOString(), expiresAt: input.expiresAt?.toISOString() ?? null, lastUsedAt: null };
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.#db.kysely.deleteFrom('api_key').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** The key's owner and scopes, joined with the account so a disabled account's keys stop at once. */
  async findByHash(keyHash: string) {
    return this.#db.kysely
      .selectFrom('api_key')
      .innerJoin('user', 'user.id', 'api_key.user_id')
      .select(['api_key.id', 'api_key.scopes', 'api_key.expires_at', 'api_key.last_used_at', 'user.id as userId', 'user.email', 'user.role', 'user.banned'])
      .where('api_key.key_hash', '=', keyHash)
      .executeTakeFirst();
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.#db.kysely.updateTable('api_key').set({ last_used_at: timestampFor(this.#db.dialect, now) }).where('id', '=', id).execute();
  }
}
