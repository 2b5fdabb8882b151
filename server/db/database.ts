import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type LogEvent, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { migrationProvider } from './migrations/index.ts';
import { openSqlite } from './sqlite-adapter.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface QueryObserver {
  /** Called for every query with its duration; never given the parameters, which may hold secrets. */
  onQuery(event: { dialect: Dialect; sql: string; durationMs: number; failed: boolean }): void;
}

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** Cheap round trip for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

function dbLogger(dialect: Dialect, observers: QueryObserver[]) {
  return (event: LogEvent) => {
    const payload = {
      dialect,
      sql: event.query.sql,
      durationMs: event.queryDurationMillis,
      failed: event.level === 'error',
    };
    for (const observer of observers) observer.onQuery(payload);
  };
}

export function createDb(config: Config, observers: QueryObserver[] = []): Db {
  const target = config.database;
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: config.DB_POOL_MAX,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: dbLogger('postgres', observers) });
    return {
      kysely,
      dialect: 'postgres',
      ping: async () => {
        await sql`select 1`.execute(kysely);
      },
      close: () => kysely.destroy(),
    };
  }

  if (target.file !== ':memory:') mkdirSync(path.dirname(target.file), { recursive: true, mode: 0o700 });
  const { database } = openSqlite(target.file, { busyTimeoutMs: config.DB_BUSY_TIMEOUT_MS });
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }), log: dbLogger('sqlite', observers) });
  return {
    kysely,
    dialect: 'sqlite',
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
    close: () => kysely.destroy(),
  };
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** Brings the schema up to date. Safe to run repeatedly and from several instances at once. */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db: db.kysely, provider: migrationProvider });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Migration ${failed} failed`, { cause: result.error });
  }
  return result;
}

export async function listAppliedMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: migrationProvider });
  const migrations = await migrator.getMigrations();
  return migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}
