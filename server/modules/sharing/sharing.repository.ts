import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { timestampFor, toDate } from '../../lib/time.ts';
import type { Grant, ReceivedGrant, ShareRole } from './sharing.schemas.ts';

/** Sharing grants. Every query is scoped by the owner or the grantee. */
/**
 * Rows (of any table with a `user_id` owner column) the actor may see: their own, and those of
 * owners who granted them access. Every lookup by id of shareable data goes through it, so
 * another account's id behaves exactly like a missing one.
 */
export function visibleTo(actorId: string): RawBuilder<boolean> {
  const owner = sql.ref('user_id');
  return sql<boolean>`(${owner} = ${actorId} or ${owner} in (select ${sql.ref('owner_id')} from ${sql.table('share_grant')} where ${sql.ref('grantee_id')} = ${actorId}))`;
}

export class SharingRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async grantedBy(ownerId: string): Promise<Grant[]> {
    const rows = await this.#grantsWithPeople('owner_id', 'grantee_id', ownerId);
    return rows.map(({ person, ...grant }) => ({ ...grant, grantee: person }));
  }

  async receivedBy(granteeId: string): Promise<ReceivedGrant[]> {
    const rows = await this.#grantsWithPeople('grantee_id', 'owner_id', granteeId);
    return rows.map(({ person, ...grant }) => ({ ...grant, owner: person }));
  }

  /** Grants where `side` is the given account, each with the account on the other side. */
  async #grantsWithPeople(side: 'owner_id' | 'grantee_id', otherSide: 'owner_id' | 'grantee_id', userId: string) {
    const rows = await this.#db.kysely
      .selectFrom('share_grant')
      .innerJoin('user', 'user.id', `share_grant.${otherSide}`)
      .select(['share_grant.id', 'share_grant.role', 'share_grant.created_at', 'user.id as userId', 'user.email', 'user.name'])
      .where(`share_grant.${side}`, '=', userId)
      .orderBy('share_grant.created_at', 'asc')
      .limit(200)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      role: row.role,
      person: { id: row.userId, email: row.email, name: row.name },
      createdAt: toDate(row.created_at).toISOString(),
    }));
  }

  async findUserByEmail(email: string): Promise<{ id: string } | undefined> {
    return this.#db.kysely.selectFrom('user').select('id').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  }

  /** Returns the new grant's id, or undefined when this pair already has one. */
  async create(ownerId: string, granteeId: string, role: ShareRole, now: Date): Promise<string | undefined> {
    const id = randomUUID();
    const result = await this.#db.kysely
      .insertInto('share_grant')
      .values({ id, owner_id: ownerId, grantee_id: granteeId, role, created_at: timestampFor(this.#db.dialect, now) })
      .onConflict((oc) => oc.columns(['owner_id', 'grantee_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? id : undefined;
  }

  async updateRole(ownerId: string, id: string, role: ShareRole): Promise<boolean> {
    const result = await this.#db.kysely.updateTable('share_grant').set({ role }).where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The owner revokes, or the grantee leaves; nobody else can touch the grant. */
  async delete(actorId: string, id: string): Promise<boolean> {
    const result = await this.#db.kysely
      .deleteFrom('share_grant')
      .where('id', '=', id)
      .where((eb) => eb.or([eb('owner_id', '=', actorId), eb('grantee_id', '=', actorId)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async roleOf(ownerId: string, granteeId: string): Promise<ShareRole | undefined> {
    const row = await this.#db.kysely
      .selectFrom('share_grant')
      .select('role')
      .where('owner_id', '=', ownerId)
      .where('grantee_id', '=', granteeId)
      .executeTakeFirst();
    return row?.role;
  }
}
