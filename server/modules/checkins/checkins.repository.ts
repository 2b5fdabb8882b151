import type { Db } from '../../db/database.ts';
import { visibleTo } from '../sharing/sharing.repository.ts';
import { cursorInstant, decodeCursor, pageOf } from '../../lib/pagination.ts';
import { timestampFor, toDate } from '../../lib/time.ts';
import type { ListQuery } from './checkins.schemas.ts';

type CheckinTable = 'mood_checkin' | 'water_log';

export interface MoodRow {
  id: string;
  user_id: string;
  score: number;
  note: string | null;
  emotions: string;
  recorded_at: string | Date;
  created_by: string;
  created_at: string | Date;
  updated_at: string | Date;
}

export interface WaterRow {
  id: string;
  user_id: string;
  amount_ml: number;
  recorded_at: string | Date;
  created_by: string;
  created_at: string | Date;
  updated_at: string | Date;
}

export class CheckinRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  ts(date: Date): string | Date {
    return timestampFor(this.#db.dialect, date);
  }

  async getSettings(userId: string) {
    return this.#db.kysely.selectFrom('user_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
  }

  async saveSettings(userId: string, settings: { time_zone: string; water_goal_ml: number; water_unit: 'ml' | 'fl_oz' }, now: Date) {
    const values = { ...settings, updated_at: this.ts(now) };
    await this.#db.kysely
      .insertInto('user_settings')
      .values({ user_id: userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
  }

  async insertMood(row: MoodRow): Promise<void> {
    await this.#db.kysely.insertInto('mood_checkin').values(row).execute();
  }

  async insertWater(row: WaterRow): Promise<void> {
    await this.#db.kysely.insertInto('water_log').values(row).execute();
  }

  async findVisibleMood(actorId: string, id: string): Promise<MoodRow | undefined> {
    return this.#db.kysely.selectFrom('mood_checkin').selectAll().where('id', '=', id).where(visibleTo(actorId)).executeTakeFirst();
  }

  async findVisibleWater(actorId: string, id: string): Promise<WaterRow | undefined> {
    return this.#db.kysely.selectFrom('water_log').selectAll().where('id', '=', id).where(visibleTo(actorId)).executeTakeFirst();
  }

  async updateMood(id: string, ownerId: string, changes: Partial<Pick<MoodRow, 'score' | 'note' | 'emotions' | 'recorded_at'>>, now: Date) {
    await this.#db.kysely.updateTable('mood_checkin').set({ ...changes, updated_at: this.ts(now) }).where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  async updateWater(id: string, ownerId: string, changes: Partial<Pick<WaterRow, 'amount_ml' | 'recorded_at'>>, now: Date) {
    await this.#db.kysely.updateTable('water_log').set({ ...changes, updated_at: this.ts(now) }).where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  async delete(table: CheckinTable, id: string, ownerId: string): Promise<void> {
    await this.#db.kysely.deleteFrom(table).where('id', '=', id).where('user_id', '=', ownerId).execute();
  }

  /** Newest first, keyset-paginated on (recorded_at, id), for an owner the caller has checked. */
  async listMood(ownerId: string, query: ListQuery) {
    const rows = await this.#page('mood_checkin', ownerId, query);
    return pageOf(rows as MoodRow[], query.limit, (row) => ({ at: toDate(row.recorded_at).toISOString(), id: row.id }));
  }

  async listWater(ownerId: string, query: ListQuery) {
    const rows = await this.#page('water_log', ownerId, query);
    return pageOf(rows as WaterRow[], query.limit, (row) => ({ at: toDate(row.recorded_at).toISOString(), id: row.id }));
  }

  async #page(table: CheckinTable, ownerId: string, query: ListQuery) {
    let select = this.#db.kysely.selectFrom(table).selectAll().where('user_id', '=', ownerId);
    if (query.from) select = select.where('recorded_at', '>=', this.ts(new Date(query.from)));
    if (query.to) select = select.where('recorded_at', '<', this.ts(new Date(query.to)));
    const cursor = decodeCursor(query.cursor);
    if (cursor) {
      const at = this.ts(cursorInstant(cursor.at));
      select = select.where((eb) => eb.or([eb('recorded_at', '<', at), eb.and([eb('recorded_at', '=', at), eb('id', '<', cursor.id)])]));
    }
    return select.orderBy('recorded_at', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
  }

  async moodBetween(ownerId: string, start: Date, end: Date) {
    return this.#db.kysely
      .selectFrom('mood_checkin')
      .select(['score', 'recorded_at'])
      .where('user_id', '=', ownerId)
      .where('recorded_at', '>=', this.ts(start))
      .where('recorded_at', '<', this.ts(end))
      .execute();
  }

  async waterBetween(ownerId: string, start: Date, end: Date) {
    return this.#db.kysely
      .selectFrom('water_log')
      .select(['amount_ml', 'recorded_at'])
      .where('user_id', '=', ownerId)
      .where('recorded_at', '>=', this.ts(start))
      .where('recorded_at', '<', this.ts(end))
      .execute();
  }

  /** Everything an owner has, oldest first, for their own export. */
  async allMood(ownerId: string): Promise<MoodRow[]> {
    return this.#db.kysely.selectFrom('mood_checkin').selectAll().where('user_id', '=', ownerId).orderBy('recorded_at').orderBy('id').execute();
  }

  async allWater(ownerId: string): Promise<WaterRow[]> {
    return this.#db.kysely.selectFrom('water_log').selectAll().where('user_id', '=', ownerId).orderBy('recorded_at').orderBy('id').execute();
  }
}
