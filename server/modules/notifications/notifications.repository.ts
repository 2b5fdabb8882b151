import type { Db } from '../../db/database.ts';
import { cursorInstant, decodeCursor, pageOf } from '../../lib/pagination.ts';
import { timestampFor, toDate } from '../../lib/time.ts';

/** In-app notifications: only the recipient ever reads or changes them. */
export class NotificationRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async list(userId: string, page: { cursor?: string | undefined; limit: number; unreadOnly: boolean }) {
    let select = this.#db.kysely.selectFrom('notification').selectAll().where('user_id', '=', userId);
    if (page.unreadOnly) select = select.where('read_at', 'is', null);
    const cursor = decodeCursor(page.cursor);
    if (cursor) {
      const at = timestampFor(this.#db.dialect, cursorInstant(cursor.at));
      select = select.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', cursor.id)])]));
    }
    const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
    return pageOf(rows, page.limit, (row) => ({ at: toDate(row.created_at).toISOString(), id: row.id }));
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await this.#db.kysely
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  /** False when the user has no such notification. */
  async markRead(userId: string, id: string, now: Date): Promise<boolean> {
    const found = await this.#db.kysely.selectFrom('notification').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    if (!found) return false;
    await this.#db.kysely.updateTable('notification').set({ read_at: timestampFor(this.#db.dialect, now) }).where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).execute();
    return true;
  }

  async markAllRead(userId: string, now: Date): Promise<void> {
    await this.#db.kysely.updateTable('notification').set({ read_at: timestampFor(this.#db.dialect, now) }).where('user_id', '=', userId).where('read_at', 'is', null).execute();
  }
}
