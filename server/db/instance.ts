import { randomUUID } from 'node:crypto';
import type { Db } from './database.ts';

/**
 * A stable id for this installation, created once. Instances sharing a database report the same
 * id in /health, which is how an operator tells that a fleet really shares its state.
 */
export async function ensureInstanceId(db: Db): Promise<string> {
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('instance_settings')
    .values({ key: 'instance_id', value: randomUUID(), updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.kysely
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', 'instance_id')
    .executeTakeFirstOrThrow();
  return row.value;
}
