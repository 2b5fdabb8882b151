import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createTestApp, createTestEnvironment, testDatabase } from '../../test/app.ts';

const cliPath = path.resolve(import.meta.dirname, '../cli.ts');

function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function instanceIdOf(env: Record<string, string>): Promise<string> {
  const t = await createTestApp(env);
  try {
    return (await t.app.inject({ url: '/health' })).json().instanceId as string;
  } finally {
    // Removes only the spare environment createTestApp made; the caller's database stays.
    await t.close();
  }
}

describe(`backup and restore (${testDatabase})`, () => {
  if (testDatabase === 'postgres') {
    it('points PostgreSQL operators to pg_dump instead of pretending', async () => {
      const environment = await createTestEnvironment();
      try {
        const result = cli(['backup'], environment.env);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('pg_dump');
      } finally {
        await environment.cleanup();
      }
    });
    return;
  }

  it('backs up while the server runs and restores the exact state', async () => {
    const t = await createTestApp();
    try {
      const original = (await t.app.inject({ url: '/health' })).json().instanceId;
      const backupFile = path.join(t.environment.dataDir, 'backup.sqlite');
      const backup = cli(['backup', backupFile], t.environment.env);
      expect(backup.status).toBe(0);
      expect(backup.stdout).toContain('verified');
      await t.app.close();

      // Change the live data, then restore and see the backup's state again.
      const live = new DatabaseSync(path.join(t.environment.dataDir, 'daybook.sqlite'));
      live.exec("update instance_settings set value = 'changed' where key = 'instance_id'");
      live.close();
      const restore = cli(['restore', backupFile], t.environment.env);
      expect(restore.status).toBe(0);
      expect(restore.stdout).toContain('the replaced database is kept at');
      expect(await instanceIdOf(t.environment.env)).toBe(original);
    } finally {
      await t.environment.cleanup();
    }
  });

  it.each([
    ['a file that is not SQLite', (dir: string) => writeFileSync(path.join(dir, 'bad.sqlite'), 'not a database at all'.repeat(100)), 'bad.sqlite'],
    ['a SQLite file that is not Daybook', (dir: string) => new DatabaseSync(path.join(dir, 'other.sqlite')).exec('create table t (x)'), 'other.sqlite'],
    ['a missing file', () => undefined, 'missing.sqlite'],
  ])('refuses to restore %s and changes nothing', async (_name, make, fileName) => {
    const environment = await createTestEnvironment();
    try {
      expect(cli(['migrate'], environment.env).status).toBe(0);
      const before = await instanceIdOf(environment.env);
      make(environment.dataDir);
      const result = cli(['restore', path.join(environment.dataDir, fileName)], environment.env);
      expect(result.status).toBe(1);
      expect(result.stderr.length).toBeGreaterThan(0);
      expect(existsSync(path.join(environment.dataDir, 'daybook.sqlite'))).toBe(true);
      expect(await instanceIdOf(environment.env)).toBe(before);
    } finally {
      await environment.cleanup();
    }
  });
});
