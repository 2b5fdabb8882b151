import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { cursorInstant, decodeCursor, pageOf } from '../../lib/pagination.ts';
import { timestampFor, toDate } from '../../lib/time.ts';
import type { AuditEntry, AuditEvent, AuditQuery } from './audit.schemas.ts';

export class AuditRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async append(event: AuditEvent, at: Date): Promise<void> {
    await this.#db.kysely
      .insertInto('audit_log')
      .values({
        id: randomUUID(),
        at: timestampFor(this.#db.dialect, at),
        action: event.action,
        outcome: event.outcome,
        actor_id: event.actorId ?? null,
        actor_email: event.actorEmail ?? null,
        target_id: event.targetId ?? null,
        ip: event.ip ?? null,
        user_agent: event.userAgent?.slice(0, 300) ?? null,
        request_id: event.requestId ?? null,
        detail: event.detail ? JSON.stringify(event.detail) : null,
      })
      .execute();
  }

  /** Newest first, keyset-paginated on (at, id). */
  async list(query: AuditQuery): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
    const ts = (iso: string) => timestampFor(this.#db.dialect, new Date(iso));
    let select = this.#db.kysely.selectFrom('audit_log').selectAll();
    if (query.action) select = select.where('action', '=', query.action);
    if (query.outcome) select = select.where('outcome', '=', query.outcome);
    if (query.actorId) select = select.where('actor_id', '=', query.actorId);
    if (query.from) select = select.where('at', '>=', ts(query.from));
    if (query.to) select = select.where('at', '<', ts(query.to));
    const cursor = decodeCursor(query.cursor);
    if (cursor) {
      const at = timestampFor(this.#db.dialect, cursorInstant(cursor.at));
      select = select.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', cursor.id)])]));
    }
    const rows = await select.orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
    const entries = rows.map(
      (row): AuditEntry => ({
        id: row.id,
        at: toDate(row.at).toISOString(),
        action: row.action,
        outcome: row.outcome,
        actorId: row.actor_id,
        actorEmail: row.actor_email,
        targetId: row.target_id,
        ip: row.ip,
        detail: row.detail ? (JSON.parse(row.detail) as AuditEntry['detail']) : null,
      }),
    );
    return pageOf(entries, query.limit, (entry) => ({ at: entry.at, id: entry.id }));
  }

  /** Deletes rows past the retention period; the database refuses younger ones anyway. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    const result = await this.#db.kysely.deleteFrom('audit_log').where('at', '<', timestampFor(this.#db.dialect, cutoff)).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async setRetentionDays(days: number): Promise<void> {
    await this.#db.kysely
      .insertInto('instance_settings')
      .values({ key: 'audit_retention_days', value: String(days), updated_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(days), updated_at: new Date().toISOString() }))
      .execute();
  }
}
