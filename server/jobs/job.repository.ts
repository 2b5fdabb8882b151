import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { timestampFor } from '../lib/time.ts';

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: string;
  attempts: number;
  maxAttempts: number;
}

/** SQL for the durable job table. */
export class JobRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  #ts(date: Date) {
    return timestampFor(this.#db.dialect, date);
  }

  /** Adds a job; with a unique key, a second enqueue of the same work is a no-op (returns false). */
  async enqueue(kind: string, payload: unknown, options: { uniqueKey?: string; runAt?: Date; maxAttempts?: number }, now: Date): Promise<boolean> {
    const result = await this.#db.kysely
      .insertInto('job')
      .values({
        id: randomUUID(),
        kind,
        payload: JSON.stringify(payload),
        unique_key: options.uniqueKey ?? null,
        status: 'pending',
        attempts: 0,
        max_attempts: options.maxAttempts ?? 5,
        run_at: this.#ts(options.runAt ?? now),
        locked_by: null,
        locked_until: null,
        last_error: null,
        created_at: this.#ts(now),
        updated_at: this.#ts(now),
      })
      .onConflict((oc) => oc.column('unique_key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /**
   * Takes the next due job of the given kinds for this worker. A running job whose lease ran
   * out (its instance died) is due again. The conditional update is the lock: of two instances
   * racing for one job, exactly one updates a row.
   */
  async claimNext(kinds: string[], workerId: string, leaseMs: number, now: Date): Promise<ClaimedJob | undefined> {
    const at = this.#ts(now);
    const candidates = await this.#db.kysely
      .selectFrom('job')
      .select(['id', 'kind', 'payload', 'status', 'attempts', 'max_attempts'])
      .where('kind', 'in', kinds)
      .where('status', 'in', ['pending', 'running'])
      .where('run_at', '<=', at)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
      .orderBy('run_at')
      .limit(5)
      .execute();
    for (const job of candidates) {
      if (job.status === 'running' && job.attempts >= job.max_attempts) {
        // Its last attempt's instance died mid-job (perhaps the job killed it): no more tries.
        await this.#db.kysely
          .updateTable('job')
          .set({ status: 'failed', last_error: 'LeaseExpired', locked_by: null, locked_until: null, updated_at: at })
          .where('id', '=', job.id)
          .where('status', '=', 'running')
          .where('locked_until', '<', at)
          .execute();
        continue;
      }
      const claimed = await this.#db.kysely
        .updateTable('job')
        .set((eb) => ({ status: 'running', locked_by: workerId, locked_until: this.#ts(new Date(now.getTime() + leaseMs)), attempts: eb('attempts', '+', 1), updated_at: at }))
        .where('id', '=', job.id)
        .where('status', 'in', ['pending', 'running'])
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 1) {
        return { id: job.id, kind: job.kind, payload: job.payload, attempts: job.attempts + 1, maxAttempts: job.max_attempts };
      }
    }
    return undefined;
  }

  /** Extends the lease of a job this worker still holds; false when it no longer does. */
  async renew(id: string, workerId: string, leaseMs: number, now: Date): Promise<boolean> {
    const result = await this.#db.kysely
      .updateTable('job')
      .set({ locked_until: this.#ts(new Date(now.getTime() + leaseMs)), updated_at: this.#ts(now) })
      .where('id', '=', id)
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async complete(id: string, workerId: string, now: Date): Promise<void> {
    await this.#db.kysely.updateTable('job').set({ status: 'done', locked_by: null, locked_until: null, updated_at: this.#ts(now) }).where('id', '=', id).where('locked_by', '=', workerId).execute();
  }

  /** Schedules a retry, or gives up after the last attempt. The error is a short code, never data. */
  async fail(id: string, workerId: string, error: string, retryAt: Date | undefined, now: Date): Promise<void> {
    await this.#db.kysely
      .updateTable('job')
      .set({
        status: retryAt ? 'pending' : 'failed',
        run_at: retryAt ? this.#ts(retryAt) : this.#ts(now),
        locked_by: null,
        locked_until: null,
        last_error: error.slice(0, 200),
        updated_at: this.#ts(now),
      })
      .where('id', '=', id)
      .where('locked_by', '=', workerId)
      .execute();
  }

  async status(id: string) {
    return this.#db.kysely.selectFrom('job').select(['status', 'attempts', 'last_error']).where('id', '=', id).executeTakeFirst();
  }
}
