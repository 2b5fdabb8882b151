import { Counter, Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, testDatabase, type TestEnvironment } from '../../test/app.ts';
import { parseConfig } from '../config.ts';
import { createDb, migrateToLatest, type Db } from '../db/database.ts';
import { JobRepository } from './job.repository.ts';
import { JobWorker, retryDelayMs, type JobHandler } from './worker.ts';

describe(`durable jobs (${testDatabase})`, () => {
  let environment: TestEnvironment;
  let db: Db;
  let repository: JobRepository;
  let clock = new Date('2026-11-23T10:00:00Z');
  const now = () => clock;
  const silent = { warn: () => undefined };
  const counter = () => new Counter({ name: `jobs_${Math.random().toString(36).slice(2)}`, help: 'x', labelNames: ['kind', 'outcome'] as const, registers: [new Registry()] });
  const worker = (handlers: Record<string, JobHandler>, leaseMs = 60_000) => new JobWorker({ repository, handlers, logger: silent, processed: counter(), leaseMs, now });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    db = createDb(parseConfig(environment.env));
    await migrateToLatest(db);
    repository = new JobRepository(db);
  });
  afterAll(async () => {
    await db.close();
    await environment.cleanup();
  });

  it('runs a job once, and a unique key makes enqueueing idempotent', async () => {
    const seen: unknown[] = [];
    expect(await repository.enqueue('test.once', { n: 1 }, { uniqueKey: 'occurrence-1' }, now())).toBe(true);
    expect(await repository.enqueue('test.once', { n: 1 }, { uniqueKey: 'occurrence-1' }, now())).toBe(false);
    expect(await worker({ 'test.once': async (payload) => void seen.push(payload) }).runDue()).toBe(1);
    expect(await worker({ 'test.once': async (payload) => void seen.push(payload) }).runDue()).toBe(0);
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('gives each job to exactly one of two racing workers', async () => {
    for (let i = 0; i < 20; i += 1) await repository.enqueue('test.race', { i }, {}, now());
    const done: number[] = [];
    const handler: JobHandler = async (payload) => void done.push((payload as { i: number }).i);
    const counts = await Promise.all([worker({ 'test.race': handler }).runDue(), worker({ 'test.race': handler }).runDue()]);
    expect(counts[0] + counts[1]).toBe(20);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('renews the lease of a long job, so no other worker takes it over and runs it twice', async () => {
    await repository.enqueue('test.long', {}, { uniqueKey: 'long' }, now());
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let started = () => {};
    const running = new Promise<void>((resolve) => (started = resolve));
    let runs = 0;
    const handler: JobHandler = async () => {
      runs += 1;
      started();
      await released;
    };
    const first = worker({ 'test.long': handler }, 3000).runDue();
    await running;
    clock = new Date(clock.getTime() + 2500);
    await new Promise((resolve) => setTimeout(resolve, 1200)); // one heartbeat, at the later time
    clock = new Date(clock.getTime() + 2500); // past the first lease, inside the renewed one
    expect(await worker({ 'test.long': handler }, 3000).runDue()).toBe(0);
    release();
    expect(await first).toBe(1);
    expect(runs).toBe(1);
  });

  it('gives up on a job whose last attempt died with its instance, instead of retrying it forever', async () => {
    await repository.enqueue('test.doomed', {}, { uniqueKey: 'doomed', maxAttempts: 1 }, now());
    // An instance claims it and dies mid-job: never completes, never fails it.
    expect(await repository.claimNext(['test.doomed'], 'worker-that-died', 1000, now())).toBeDefined();
    clock = new Date(clock.getTime() + 2000);
    let runs = 0;
    expect(await worker({ 'test.doomed': async () => void (runs += 1) }).runDue()).toBe(0);
    expect(runs).toBe(0);
    const row = await db.kysely.selectFrom('job').select(['status', 'last_error']).where('unique_key', '=', 'doomed').executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', last_error: 'LeaseExpired' });
  });

  it('retries with backoff, then gives up after the last attempt', async () => {
    await repository.enqueue('test.flaky', {}, { uniqueKey: 'flaky', maxAttempts: 2 }, now());
    let calls = 0;
    const failing = worker({ 'test.flaky': async () => { calls += 1; throw new TypeError('boom with private text'); } });
    expect(await failing.runDue()).toBe(1);
    expect(await failing.runDue()).toBe(0);
    clock = new Date(clock.getTime() + retryDelayMs(1) + 1);
    expect(await failing.runDue()).toBe(1);
    expect(calls).toBe(2);
    const row = await db.kysely.selectFrom('job').select(['status', 'last_error']).where('unique_key', '=', 'flaky').executeTakeFirstOrThrow();
    // Only the error's name is kept: messages can quote personal data.
    expect(row).toEqual({ status: 'failed', last_error: 'TypeError' });
  });

  it('recovers a job whose worker died mid-way once its lease runs out', async () => {
    await repository.enqueue('test.crash', {}, { uniqueKey: 'crash' }, now());
    const dead = await repository.claimNext(['test.crash'], 'dead-worker', 30_000, now());
    expect(dead).toBeDefined();
    const survivor = worker({ 'test.crash': async () => undefined });
    expect(await survivor.runDue()).toBe(0);
    clock = new Date(clock.getTime() + 30_001);
    expect(await survivor.runDue()).toBe(1);
    expect((await db.kysely.selectFrom('job').select('status').where('unique_key', '=', 'crash').executeTakeFirstOrThrow()).status).toBe('done');
  });
});
