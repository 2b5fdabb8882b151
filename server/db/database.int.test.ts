import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, testDatabase, type TestEnvironment } from '../../test/app.ts';
import { parseConfig } from '../config.ts';
import { createDb, listAppliedMigrations, migrateToLatest, type Db } from './database.ts';
import { ensureInstanceId } from './instance.ts';

describe(`database (${testDatabase})`, () => {
  let environment: TestEnvironment;
  let db: Db;
  beforeAll(async () => {
    environment = await createTestEnvironment();
    db = createDb(parseConfig(environment.env));
  });
  afterAll(async () => {
    await db.close();
    await environment.cleanup();
  });

  it('migrates, and a second run changes nothing', async () => {
    const first = await migrateToLatest(db);
    expect(first.results?.length).toBeGreaterThan(0);
    const second = await migrateToLatest(db);
    expect(second.results).toEqual([]);
    expect(await listAppliedMigrations(db)).toContain('0001_instance_settings');
  });

  it('survives concurrent migrations from several instances', async () => {
    const others = [createDb(parseConfig(environment.env)), createDb(parseConfig(environment.env))];
    try {
      await Promise.all(others.map((other) => migrateToLatest(other)));
    } finally {
      await Promise.all(others.map((other) => other.close()));
    }
  });

  it('creates one instance id and keeps it', async () => {
    const id = await ensureInstanceId(db);
    expect(await ensureInstanceId(db)).toBe(id);
  });

  // Dialect-specific checks are registered only where they apply, so no run reports a skip.
  if (testDatabase === 'sqlite') it('opens SQLite with WAL, synchronous=FULL and foreign keys on', async () => {
    const pragma = async (name: string) => {
      const result = await sql.raw(`pragma ${name}`).execute(db.kysely);
      return Object.values(result.rows[0] as object)[0];
    };
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  if (testDatabase === 'sqlite') it('binds booleans, dates and nulls through the node:sqlite adapter', async () => {
    const result = await sql<{ b: unknown; d: unknown; n: unknown }>`select ${true} as b, ${new Date('2026-01-02T03:04:05.000Z')} as d, ${null} as n`.execute(db.kysely);
    const row = result.rows[0];
    expect(row?.n).toBeNull();
    expect(row?.b).toBe(1);
    expect(row?.d).toBe('2026-01-02T03:04:05.000Z');
  });
});
