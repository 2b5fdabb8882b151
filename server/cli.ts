import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadDotEnv, parseConfig, securityWarnings, type Config } from './config.ts';
import { BackupError, backupSqlite, defaultBackupPath, restoreSqlite } from './db/backup.ts';
import { createDb, listAppliedMigrations, migrateToLatest } from './db/database.ts';
import { appVersion } from './lib/version.ts';

const help = `daybook ${appVersion}: a private journal, check-ins and money, self-hosted.

Usage: daybook <command>

Commands:
  serve     migrate the database, then serve the app (default)
  migrate   bring the database schema up to date and exit
  doctor    check the configuration and the database; print security warnings
  backup [file]    copy the SQLite database consistently, even while serving
                   (default: DATA_DIR/backups/daybook-<time>.sqlite; PostgreSQL: use pg_dump)
  restore <file>   verify a backup and put it in place (stop the server first)
  help      show this text

Configuration comes from the environment and an optional .env file; see .env.example.`;

function loadConfig(): Config {
  loadDotEnv();
  return parseConfig();
}

async function migrate(config: Config): Promise<number> {
  const db = createDb(config);
  try {
    const result = await migrateToLatest(db);
    const applied = result.results ?? [];
    if (applied.length === 0) console.log('Database schema is up to date.');
    for (const migration of applied) console.log(`applied ${migration.migrationName}`);
    return 0;
  } finally {
    await db.close();
  }
}

async function doctor(config: Config): Promise<number> {
  let errors = 0;
  console.log(`daybook ${appVersion} on Node ${process.versions.node}`);
  console.log(`environment: ${config.NODE_ENV}; public URL: ${config.publicUrl.origin}`);
  console.log(`database: ${config.database.kind}${config.database.kind === 'sqlite' ? ` (${config.database.file})` : ''}`);
  const db = createDb(config);
  try {
    await db.ping();
    const applied = await listAppliedMigrations(db);
    console.log(`ok: database answers; ${applied.length} migration(s) applied`);
  } catch (error) {
    errors += 1;
    console.log(`error: database does not answer (${error instanceof Error ? error.constructor.name : 'unknown error'})`);
  } finally {
    await db.close();
  }
  if (config.REDIS_URL) {
    const { Redis } = await import('ioredis');
    const client = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      console.log('ok: redis answers');
    } catch {
      errors += 1;
      console.log('error: redis does not answer');
    } finally {
      client.disconnect();
    }
  }
  for (const warning of securityWarnings(config)) console.log(`warning: ${warning}`);
  console.log(errors === 0 ? 'doctor: no errors' : `doctor: ${errors} error(s)`);
  return errors === 0 ? 0 : 1;
}

function sqliteFileOrExplain(config: Config, action: string): string | undefined {
  if (config.database.kind === 'sqlite' && config.database.file !== ':memory:') return config.database.file;
  console.error(`${action} works on the SQLite database. For PostgreSQL use pg_dump / pg_restore (see README, Operations).`);
  return undefined;
}

async function backupCommand(config: Config, destination: string | undefined): Promise<number> {
  const source = sqliteFileOrExplain(config, 'backup');
  if (!source) return 1;
  const target = path.resolve(destination ?? defaultBackupPath(config.dataDir));
  const { pages } = await backupSqlite(source, target);
  console.log(`backup written to ${target} (${pages} pages, verified)`);
  return 0;
}

function restoreCommand(config: Config, backupFile: string | undefined): number {
  if (!backupFile) {
    console.error('Usage: daybook restore <backup-file>');
    return 2;
  }
  const target = sqliteFileOrExplain(config, 'restore');
  if (!target) return 1;
  const { previous } = restoreSqlite(path.resolve(backupFile), target);
  console.log(`restored ${backupFile} to ${target}`);
  if (previous) console.log(`the replaced database is kept at ${previous}`);
  console.log('start the server; it applies any newer migrations on start.');
  return 0;
}

export async function runCli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, strict: false, options: { help: { type: 'boolean', short: 'h' } } });
  const command = values.help ? 'help' : (positionals[0] ?? 'serve');
  if (command === 'help' || command === '--help') {
    console.log(help);
    return 0;
  }
  if (!['serve', 'migrate', 'doctor', 'backup', 'restore'].includes(command)) {
    console.error(`Unknown command "${command}".\n\n${help}`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (command === 'migrate') return migrate(config);
  if (command === 'doctor') return doctor(config);
  try {
    if (command === 'backup') return await backupCommand(config, positionals[1]);
    if (command === 'restore') return restoreCommand(config, positionals[1]);
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const { serve } = await import('./main.ts');
  await serve(config);
  return -1;
}

if (import.meta.main) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? `daybook: ${error.message}` : error);
      process.exit(1);
    },
  );
}
