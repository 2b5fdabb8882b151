import type { Kysely } from 'kysely';

/**
 * AI analysis of journal entries (sentiment, emotions, reflection: all encrypted, they describe a
 * person's health) and crisis events (level and signal names only, never text).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = 'timestamptz';
  await db.schema
    .createTable('journal_analysis')
    .addColumn('entry_id', 'text', (c) => c.primaryKey().references('journal_entry.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('entry_updated_at', timestamp, (c) => c.notNull())
    .addColumn('analysed_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('crisis_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('signals', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('crisis_event_user_time_idx').on('crisis_event').columns(['user_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('crisis_event').execute();
  await db.schema.dropTable('journal_analysis').execute();
}
