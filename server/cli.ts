import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadDotEnv, parseConfig, securityWarnings, type Config } from './config.ts';
import { BackupError, backupSqlite, defaultBackupPath, restoreSqlite } from './db/backup.ts';
import { createDb, listAppliedMigrations, migrateToLatest } from './db/database.ts';
import { createFileMailer } from './integrations/email/mailer.ts';
import { BlindIndex } from './lib/blind-index.ts';
import { FieldCipher, currentKey, keyFilePath, loadKeyring, previousKeyFilePath, rotateKeyFile } from './lib/field-crypto.ts';
import { entryTokens } from './modules/journal/journal.service.ts';
import { EncryptedDataRepository } from './modules/maintenance/encrypted-data.repository.ts';
import { reencryptAll } from './modules/maintenance/rotate-key.ts';
import { createLogger } from './lib/logger.ts';
import { resolveAuthSecret } from './lib/secrets.ts';
import { appVersion } from './lib/version.ts';
import { createAuth } from './modules/auth/auth.ts';
import { CreateAdminError, createAdmin } from './modules/auth/create-admin.ts';

const help = `daybook ${appVersion}: a private journal, check-ins and money, self-hosted.

Usage: daybook <command>

Commands:
  serve     migrate the database, then serve the app (default)
  migrate   bring the database schema up to date and exit
  doctor    check the configuration and the database; print security warnings
  create-admin --email <email> --name <name>
                   create an administrator; the password is read from standard input
  rotate-key       encrypt everything under a new key (stop the server first). Without
                   DATA_ENCRYPTION_KEY a new key file is generated; with it, set the new key
                   and list the old one in DATA_ENCRYPTION_PREVIOUS_KEYS before running this
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

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stdout.write('Password (at least 15 characters; input is hidden): ');
    process.stdin.setRawMode(true);
  }
  let password = '';
  for await (const chunk of process.stdin) {
    const text = String(chunk);
    const end = text.search(/[\r\n\u0004]/);
    password += end >= 0 ? text.slice(0, end) : text;
    if (end >= 0) break;
  }
  if (process.stdin.isTTY) {
    process.stdin.setRawMode(false);
    process.stdout.write('\n');
  }
  process.stdin.pause();
  return password;
}

async function createAdminCommand(config: Config, values: Record<string, string | boolean | undefined>): Promise<number> {
  const email = typeof values.email === 'string' ? values.email : '';
  const name = typeof values.name === 'string' ? values.name : '';
  if (!email || !name) {
    console.error('Usage: daybook create-admin --email <email> --name <name>   (password on standard input)');
    return 2;
  }
  const password = await readPassword();
  const db = createDb(config);
  try {
    await migrateToLatest(db);
    const logger = createLogger('warn');
    const auth = createAuth({ config, db, logger, mailer: createFileMailer(path.join(config.dataDir, 'mail'), config.MAIL_FROM, logger), secret: resolveAuthSecret(config.AUTH_SECRET, config.dataDir) });
    const id = await createAdmin(auth, { email, name, password });
    console.log(`administrator ${email.trim().toLowerCase()} created (${id})`);
    return 0;
  } catch (error) {
    if (error instanceof CreateAdminError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

async function rotateKeyCommand(config: Config): Promise<number> {
  if (!config.DATA_ENCRYPTION_KEY) {
    loadKeyring(undefined, [], config.dataDir);
    rotateKeyFile(config.dataDir);
    console.log(`generated a new key in ${keyFilePath(config.dataDir)}; the old one is kept in ${previousKeyFilePath(config.dataDir)}`);
  }
  const keyring = loadKeyring(config.DATA_ENCRYPTION_KEY, config.DATA_ENCRYPTION_PREVIOUS_KEYS, config.dataDir);
  const db = createDb(config);
  try {
    await migrateToLatest(db);
    const report = await reencryptAll(new EncryptedDataRepository(db), new FieldCipher(keyring), new BlindIndex(currentKey(keyring)), entryTokens);
    console.log(`re-encrypted under key ${keyring.currentKeyId}: ${report.moodNotes} check-in notes, ${report.moodEmotions} check-in emotion lists, ${report.journalEntries} journal entries (search index rebuilt), ${report.analyses} analyses, ${report.profiles} profiles, ${report.safetyPlans} safety plans, ${report.moneyNotes + report.recurringNotes} money notes, ${report.importFiles} uploaded files`);
    console.log('Back up the new key now. Old keys can be removed once no backup you might restore still needs them.');
    return 0;
  } finally {
    await db.close();
  }
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
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { help: { type: 'boolean', short: 'h' }, email: { type: 'string' }, name: { type: 'string' } },
  });
  const command = values.help ? 'help' : (positionals[0] ?? 'serve');
  if (command === 'help' || command === '--help') {
    console.log(help);
    return 0;
  }
  if (!['serve', 'migrate', 'doctor', 'backup', 'restore', 'create-admin', 'rotate-key'].includes(command)) {
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
  if (command === 'create-admin') return createAdminCommand(config, values);
  if (command === 'rotate-key') return rotateKeyCommand(config);
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
