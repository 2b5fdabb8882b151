import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SqliteDialect speaks the better-sqlite3 interface; node:sqlite is close but takes
 * parameters spread and has no `reader` flag. This adapter bridges the two.
 */
/** node:sqlite binds only numbers, strings, bigints, buffers and null. */
function toSqliteValue(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as SQLInputValue;
}

function bind(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  return parameters.map(toSqliteValue);
}

class NodeSqliteStatement implements SqliteStatement {
  readonly reader: boolean;
  readonly #statement: StatementSync;

  constructor(statement: StatementSync) {
    this.#statement = statement;
    // A statement returns rows exactly when it has result columns (SELECT, RETURNING, some PRAGMAs).
    this.reader = statement.columns().length > 0;
  }

  all(parameters: ReadonlyArray<unknown>): unknown[] {
    return this.#statement.all(...bind(parameters));
  }

  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.#statement.run(...bind(parameters));
  }

  iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown> {
    return this.#statement.iterate(...bind(parameters)) as IterableIterator<unknown>;
  }
}

const statementCacheSize = 500;

export interface SqliteOptions {
  busyTimeoutMs: number;
}

export function openSqlite(file: string, options: SqliteOptions): { database: SqliteDatabase; raw: DatabaseSync } {
  const raw = new DatabaseSync(file, { timeout: options.busyTimeoutMs, enableForeignKeyConstraints: true });
  raw.exec('PRAGMA journal_mode = WAL');
  raw.exec('PRAGMA synchronous = FULL');
  raw.exec('PRAGMA foreign_keys = ON');
  // Kysely prepares every query afresh; the same few hundred statements recur, so keep them.
  const statements = new Map<string, NodeSqliteStatement>();
  const database: SqliteDatabase = {
    close: () => {
      statements.clear();
      raw.close();
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = new NodeSqliteStatement(raw.prepare(sql));
        if (statements.size >= statementCacheSize) statements.delete(statements.keys().next().value ?? '');
        statements.set(sql, statement);
      }
      return statement;
    },
  };
  return { database, raw };
}
