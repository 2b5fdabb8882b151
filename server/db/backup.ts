import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, backup } from 'node:sqlite';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

export function defaultBackupPath(dataDir: string): string {
  return path.join(dataDir, 'backups', `daybook-${timestamp()}.sqlite`);
}

/** Checks that a file is an intact SQLite database that Daybook has migrated. */
export function verifySqliteBackup(file: string): { migrations: number } {
  if (!existsSync(file)) throw new BackupError(`No such file: ${file}`);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch {
    throw new BackupError(`${file} is not a SQLite database.`);
  }
  try {
    const integrity = db.prepare('pragma integrity_check').get() as { integrity_check?: string } | undefined;
    if (integrity?.integrity_check !== 'ok') throw new BackupError(`${file} failed the integrity check.`);
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!table) throw new BackupError(`${file} is not a Daybook database (no migration history).`);
    const row = db.prepare('select count(*) as n from kysely_migration').get() as { n: number };
    return { migrations: row.n };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a readable SQLite database.`);
  } finally {
    db.close();
  }
}

/**
 * Copies the live SQLite database with SQLite's online backup API: consistent even while the
 * server is writing, and the result is a single self-contained file (no WAL to carry along).
 */
export async function backupSqlite(source: string, destination: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new BackupError(`No database at ${source}; nothing to back up.`);
  mkdirSync(path.dirname(destination), { recursive: true, mode: 0o700 });
  const db = new DatabaseSync(source, { readOnly: true });
  try {
    const pages = await backup(db, destination);
    verifySqliteBackup(destination);
    return { pages };
  } finally {
    db.close();
  }
}

/**
 * Replaces the database with a verified backup. The server must be stopped. The current file is
 * kept beside it as `*.before-restore-<time>` so a mistaken restore can be undone.
 */
export function restoreSqlite(backupFile: string, target: string): { previous: string | undefined } {
  verifySqliteBackup(backupFile);
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  let previous: string | undefined;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${timestamp()}`;
    renameSync(target, previous);
  }
  // A WAL or shared-memory file left from the old database must not be replayed onto the new one.
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(backupFile, target);
  return { previous };
}
