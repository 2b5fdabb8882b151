import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { Writable } from 'node:stream';
import { buildApp, type BuildOptions } from '../server/app.ts';
import { parseConfig, type Config } from '../server/config.ts';
import { testPostgresUrl, testRedisUrl } from './services.ts';

/** Which database the integration suites run on: `TEST_DATABASE=postgres` switches them. */
export const testDatabase: 'sqlite' | 'postgres' = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
/** Redis joins the PostgreSQL run, so the scale-out setup is what CI exercises there. */
export const testWithRedis = process.env.TEST_REDIS === '1';

export interface TestEnvironment {
  env: Record<string, string>;
  dataDir: string;
  /** Drops the per-test database (PostgreSQL) and removes the data directory. */
  cleanup(): Promise<void>;
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `daybook_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A fresh, isolated database and data directory, described as environment variables. */
export async function createTestEnvironment(overrides: Record<string, string> = {}): Promise<TestEnvironment> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'daybook-test-'));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PORT: '0',
    // Suites create many accounts from one address; the rate-limit suite sets real limits itself.
    RATE_LIMIT_SIGN_UP_PER_HOUR: '100000',
    RATE_LIMIT_SIGN_IN_PER_15_MINUTES: '100000',
    RATE_LIMIT_API_PER_MINUTE: '100000',
    RATE_LIMIT_ADMIN_PER_MINUTE: '100000',
  };
  let drop = async () => {};
  if (testDatabase === 'postgres') {
    const database = await createPostgresDatabase();
    env.DATABASE_URL = database.url;
    drop = database.drop;
  }
  if (testWithRedis) env.REDIS_URL = testRedisUrl;
  Object.assign(env, overrides);
  return {
    env,
    dataDir,
    cleanup: async () => {
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  environment: TestEnvironment;
  /** Every log line the app wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Builds a real app on a fresh database; the caller closes it. */
export async function createTestApp(
  overrides: Record<string, string> = {},
  options: Omit<BuildOptions, 'logDestination'> = {},
): Promise<TestApp> {
  const environment = await createTestEnvironment(overrides);
  const config = parseConfig(environment.env);
  const logs: Array<Record<string, unknown>> = [];
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  // Background jobs run when a test says so (app.jobs.runDue()), never behind its back.
  const app = await buildApp(config, { startWorkers: false, ...options, logDestination });
  return {
    app,
    config,
    environment,
    logs,
    close: async () => {
      await app.close();
      await environment.cleanup();
    },
  };
}
