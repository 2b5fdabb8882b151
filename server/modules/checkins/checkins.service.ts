import { randomUUID } from 'node:crypto';
import type { EventBus } from '../../events/bus.ts';
import { AppError } from '../../lib/app-error.ts';
import { addDays, isValidTimeZone, localDate, startOfLocalDate } from '../../lib/dates.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import { toDate } from '../../lib/time.ts';
import type { Actor } from '../../plugins/auth.ts';
import type { SharingRepository } from '../sharing/sharing.repository.ts';
import { assertCanChange, authorizeOwnerAccess, type Permission } from '../sharing/sharing.policy.ts';
import type { CheckinRepository, MoodRow, WaterRow } from './checkins.repository.ts';
import {
  waterPresetsMl,
  type ListQuery,
  type Mood,
  type MoodCreate,
  type MoodPatch,
  type Settings,
  type SettingsPatch,
  type Summary,
  type Water,
  type WaterCreate,
  type WaterPatch,
} from './checkins.schemas.ts';
import { computeSummary } from './summary.ts';

export const defaultSettings = { time_zone: 'UTC', water_goal_ml: 2000, water_unit: 'ml' as const };
/** Devices disagree about the time by a little; a check-in may be this far "in the future". */
const clockSkewMs = 5 * 60 * 1000;
const earliest = new Date('2000-01-01T00:00:00Z');
const maxSummaryDays = 366;

export interface CheckinDeps {
  repository: CheckinRepository;
  sharing: SharingRepository;
  cipher: FieldCipher;
  bus: EventBus;
  now?: () => Date;
}

const noteContext = (id: string) => `mood_checkin.note:${id}`;
const emotionsContext = (id: string) => `mood_checkin.emotions:${id}`;
/** Rows written before emotions were encrypted hold plain JSON; `daybook rotate-key` encrypts them. */
const isLegacyPlaintext = (stored: string) => stored.startsWith('[');

export class CheckinService {
  readonly #deps: CheckinDeps;
  readonly #now: () => Date;

  constructor(deps: CheckinDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  #recordedAt(value: string | undefined): Date {
    if (value === undefined) return this.#now();
    const date = new Date(value);
    if (date.getTime() > this.#now().getTime() + clockSkewMs) {
      throw new AppError('VALIDATION_FAILED', 'A check-in cannot be in the future.', { details: [{ path: 'body.recordedAt', message: 'in the future' }] });
    }
    if (date < earliest) {
      throw new AppError('VALIDATION_FAILED', 'That date is too far in the past.', { details: [{ path: 'body.recordedAt', message: 'before 2000-01-01' }] });
    }
    return date;
  }

  async #owner(actor: Actor, ownerId: string | undefined, permission: Permission): Promise<string> {
    const owner = ownerId ?? actor.userId;
    await authorizeOwnerAccess(this.#deps.sharing, actor.userId, owner, permission);
    return owner;
  }

  /** A row the actor can see; to change it they also need to own it or be its owner's editor. */
  async #writable<Row extends { user_id: string }>(actor: Actor, row: Row | undefined): Promise<Row> {
    if (!row) throw new AppError('NOT_FOUND');
    await assertCanChange(this.#deps.sharing, actor.userId, row.user_id);
    return row;
  }

  #moodView(row: MoodRow): Mood {
    return {
      id: row.id,
      ownerId: row.user_id,
      score: row.score,
      note: row.note ? this.#deps.cipher.decrypt(row.note, noteContext(row.id)) : null,
      emotions: JSON.parse(isLegacyPlaintext(row.emotions) ? row.emotions : this.#deps.cipher.decrypt(row.emotions, emotionsContext(row.id))) as string[],
      recordedAt: toDate(row.recorded_at).toISOString(),
      createdBy: row.created_by,
      createdAt: toDate(row.created_at).toISOString(),
      updatedAt: toDate(row.updated_at).toISOString(),
    };
  }

  #waterView(row: WaterRow): Water {
    return {
      id: row.id,
      ownerId: row.user_id,
      amountMl: row.amount_ml,
      recordedAt: toDate(row.recorded_at).toISOString(),
      createdBy: row.created_by,
      createdAt: toDate(row.created_at).toISOString(),
      updatedAt: toDate(row.updated_at).toISOString(),
    };
  }

  async #publish(ownerId: string, kind: 'mood' | 'water', action: 'created' | 'updated' | 'deleted', id: string) {
    await this.#deps.bus.publish({ ownerId, kind, action, id });
  }

  async settings(actor: Actor, ownerId?: string): Promise<Settings> {
    const owner = await this.#owner(actor, ownerId, 'read');
    const row = (await this.#deps.repository.getSettings(owner)) ?? defaultSettings;
    return { timeZone: row.time_zone, waterGoalMl: row.water_goal_ml, waterUnit: row.water_unit, waterPresetsMl: [...waterPresetsMl] };
  }

  async updateSettings(actor: Actor, patch: SettingsPatch): Promise<Settings> {
    if (patch.timeZone !== undefined && !isValidTimeZone(patch.timeZone)) {
      throw new AppError('VALIDATION_FAILED', 'Unknown time zone. Use a name such as Europe/London.', { details: [{ path: 'body.timeZone', message: 'unknown time zone' }] });
    }
    const current = (await this.#deps.repository.getSettings(actor.userId)) ?? defaultSettings;
    await this.#deps.repository.saveSettings(
      actor.userId,
      {
        time_zone: patch.timeZone ?? current.time_zone,
        water_goal_ml: patch.waterGoalMl ?? current.water_goal_ml,
        water_unit: patch.waterUnit ?? current.water_unit,
      },
      this.#now(),
    );
    return this.settings(actor);
  }

  async createMood(actor: Actor, input: MoodCreate): Promise<Mood> {
    const owner = await this.#owner(actor, input.ownerId, 'write');
    const id = randomUUID();
    const now = this.#now();
    const row: MoodRow = {
      id,
      user_id: owner,
      score: input.score,
      note: input.note ? this.#deps.cipher.encrypt(input.note, noteContext(id)) : null,
      // Words such as "hopeless" are health information, encrypted like the note.
      emotions: this.#deps.cipher.encrypt(JSON.stringify(input.emotions ?? []), emotionsContext(id)),
      recorded_at: this.#deps.repository.ts(this.#recordedAt(input.recordedAt)),
      created_by: actor.userId,
      created_at: this.#deps.repository.ts(now),
      updated_at: this.#deps.repository.ts(now),
    };
    await this.#deps.repository.insertMood(row);
    await this.#publish(owner, 'mood', 'created', id);
    return this.#moodView(row);
  }

  async getMood(actor: Actor, id: string): Promise<Mood> {
    const row = await this.#deps.repository.findVisibleMood(actor.userId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return this.#moodView(row);
  }

  async updateMood(actor: Actor, id: string, patch: MoodPatch): Promise<Mood> {
    const row = await this.#writable(actor, await this.#deps.repository.findVisibleMood(actor.userId, id));
    const changes: Partial<Pick<MoodRow, 'score' | 'note' | 'emotions' | 'recorded_at'>> = {};
    if (patch.score !== undefined) changes.score = patch.score;
    if (patch.note !== undefined) changes.note = patch.note ? this.#deps.cipher.encrypt(patch.note, noteContext(id)) : null;
    if (patch.emotions !== undefined) changes.emotions = this.#deps.cipher.encrypt(JSON.stringify(patch.emotions), emotionsContext(id));
    if (patch.recordedAt !== undefined) changes.recorded_at = this.#deps.repository.ts(this.#recordedAt(patch.recordedAt));
    await this.#deps.repository.updateMood(id, row.user_id, changes, this.#now());
    await this.#publish(row.user_id, 'mood', 'updated', id);
    return this.getMood(actor, id);
  }

  /** Deletes one mood check-in; answers whose it was, for the audit row. */
  async deleteMood(actor: Actor, id: string): Promise<{ ownerId: string }> {
    const row = await this.#writable(actor, await this.#deps.repository.findVisibleMood(actor.userId, id));
    await this.#deps.repository.delete('mood_checkin', id, row.user_id);
    await this.#publish(row.user_id, 'mood', 'deleted', id);
    return { ownerId: row.user_id };
  }

  async listMood(actor: Actor, query: ListQuery) {
    const owner = await this.#owner(actor, query.owner, 'read');
    const page = await this.#deps.repository.listMood(owner, query);
    return { items: page.items.map((row) => this.#moodView(row)), nextCursor: page.nextCursor };
  }

  async createWater(actor: Actor, input: WaterCreate): Promise<Water> {
    const owner = await this.#owner(actor, input.ownerId, 'write');
    const id = randomUUID();
    const now = this.#deps.repository.ts(this.#now());
    const row: WaterRow = {
      id,
      user_id: owner,
      amount_ml: input.amountMl,
      recorded_at: this.#deps.repository.ts(this.#recordedAt(input.recordedAt)),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await this.#deps.repository.insertWater(row);
    await this.#publish(owner, 'water', 'created', id);
    return this.#waterView(row);
  }

  async getWater(actor: Actor, id: string): Promise<Water> {
    const row = await this.#deps.repository.findVisibleWater(actor.userId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return this.#waterView(row);
  }

  async updateWater(actor: Actor, id: string, patch: WaterPatch): Promise<Water> {
    const row = await this.#writable(actor, await this.#deps.repository.findVisibleWater(actor.userId, id));
    const changes: Partial<Pick<WaterRow, 'amount_ml' | 'recorded_at'>> = {};
    if (patch.amountMl !== undefined) changes.amount_ml = patch.amountMl;
    if (patch.recordedAt !== undefined) changes.recorded_at = this.#deps.repository.ts(this.#recordedAt(patch.recordedAt));
    await this.#deps.repository.updateWater(id, row.user_id, changes, this.#now());
    await this.#publish(row.user_id, 'water', 'updated', id);
    return this.getWater(actor, id);
  }

  async deleteWater(actor: Actor, id: string): Promise<{ ownerId: string }> {
    const row = await this.#writable(actor, await this.#deps.repository.findVisibleWater(actor.userId, id));
    await this.#deps.repository.delete('water_log', id, row.user_id);
    await this.#publish(row.user_id, 'water', 'deleted', id);
    return { ownerId: row.user_id };
  }

  async listWater(actor: Actor, query: ListQuery) {
    const owner = await this.#owner(actor, query.owner, 'read');
    const page = await this.#deps.repository.listWater(owner, query);
    return { items: page.items.map((row) => this.#waterView(row)), nextCursor: page.nextCursor };
  }

  async summary(actor: Actor, query: { owner?: string | undefined; from: string; to: string }): Promise<Summary> {
    if (query.from > query.to) throw new AppError('VALIDATION_FAILED', '"from" must not be after "to".', { details: [{ path: 'query.from', message: 'after to' }] });
    if (addDays(query.from, maxSummaryDays - 1) < query.to) {
      throw new AppError('VALIDATION_FAILED', `A summary covers at most ${maxSummaryDays} days.`, { details: [{ path: 'query.to', message: 'range too long' }] });
    }
    const owner = await this.#owner(actor, query.owner, 'read');
    const settings = await this.settings(actor, owner);
    // Moods are needed back to the 30-day average; water back a year, for the current streak.
    const earlierOf = (a: string, b: string) => (a < b ? a : b);
    const startOf = (date: string) => startOfLocalDate(date, settings.timeZone);
    const end = startOf(addDays(query.to, 1));
    const [moods, waters] = await Promise.all([
      this.#deps.repository.moodBetween(owner, startOf(earlierOf(query.from, addDays(query.to, -29))), end),
      this.#deps.repository.waterBetween(owner, startOf(earlierOf(query.from, addDays(query.to, -365))), end),
    ]);
    const today = localDate(this.#now(), settings.timeZone);
    return { ownerId: owner, ...computeSummary({ from: query.from, to: query.to, today, timeZone: settings.timeZone, goalMl: settings.waterGoalMl, moods, waters }) };
  }

  /** Everything of one's own, decrypted, for export. */
  async exportOwn(actor: Actor): Promise<{ mood: Mood[]; water: Water[] }> {
    const [mood, water] = await Promise.all([this.#deps.repository.allMood(actor.userId), this.#deps.repository.allWater(actor.userId)]);
    return { mood: mood.map((row) => this.#moodView(row)), water: water.map((row) => this.#waterView(row)) };
  }
}
