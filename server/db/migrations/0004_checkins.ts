import type { Kysely } from 'kysely';

/** Daily check-ins: mood (1-10, optional encrypted note) and water, plus per-person settings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = 'timestamptz';
  await db.schema
    .createTable('user_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('user.id').onDelete('cascade'))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('water_goal_ml', 'integer', (c) => c.notNull())
    .addColumn('water_unit', 'text', (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mood_checkin')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('emotions', 'text', (c) => c.notNull())
    .addColumn('recorded_at', timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mood_checkin_user_time_idx').on('mood_checkin').columns(['user_id', 'recorded_at', 'id']).execute();

  await db.schema
    .createTable('water_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('amount_ml', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('water_log_user_time_idx').on('water_log').columns(['user_id', 'recorded_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['water_log', 'mood_checkin', 'user_settings']) await db.schema.dropTable(table).execute();
}
