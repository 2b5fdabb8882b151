import { PostgresAdapter, type Kysely } from 'kysely';

/** For the few migration steps that have no portable form (triggers). */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
