import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { toAppError } from '../plugins/errors.ts';
import { isForeignKeyViolation, isUniqueViolation } from './constraint-errors.ts';

/** The error node:sqlite really throws for `sql` on a small schema with foreign keys on. */
function sqliteError(sql: string): unknown {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON; create table parent (id text primary key); create table child (id text primary key, parent_id text references parent (id)); insert into parent values (\'p\'); insert into child values (\'c\', \'p\');');
  try {
    db.exec(sql);
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error(`expected ${sql} to fail`);
}

/** What pg's DatabaseError carries: the SQLSTATE in `code`. */
const postgresError = (code: string) => Object.assign(new Error('violates constraint'), { code });

describe('constraint errors on both databases', () => {
  it.each([
    ['SQLite: a child row pointing nowhere', sqliteError("insert into child values ('d', 'missing')"), true, false],
    ['SQLite: deleting a parent still in use', sqliteError("delete from parent where id = 'p'"), true, false],
    ['SQLite: a duplicate key', sqliteError("insert into parent values ('p')"), false, true],
    ['PostgreSQL 23503', postgresError('23503'), true, false],
    ['PostgreSQL 23505', postgresError('23505'), false, true],
    ['anything else', new Error('connection refused'), false, false],
    ['not an error', 'FOREIGN KEY constraint failed', false, false],
  ])('%s', (_name, error, foreignKey, unique) => {
    expect(isForeignKeyViolation(error)).toBe(foreignKey);
    expect(isUniqueViolation(error)).toBe(unique);
  });

  it('answers a foreign-key race with 409 CONFLICT, not a 500', () => {
    const answer = toAppError(sqliteError("insert into child values ('d', 'missing')") as Error);
    expect([answer.status, answer.code]).toEqual([409, 'CONFLICT']);
    expect(toAppError(postgresError('23503')).status).toBe(409);
    expect(toAppError(new Error('boom')).status).toBe(500);
  });
});
