import type { Kysely } from 'kysely';

/**
 * Journal entries. Title, body and tags are ciphertext (lib/field-crypto); search goes through
 * journal_token, a blind index of keyed word hashes, so no plaintext index exists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = 'timestamptz';
  await db.schema
    .createTable('journal_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('mood', 'integer')
    .addColumn('entry_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('journal_entry_user_date_idx').on('journal_entry').columns(['user_id', 'entry_date', 'created_at', 'id']).execute();

  await db.schema
    .createTable('journal_token')
    .addColumn('entry_id', 'text', (c) => c.notNull().references('journal_entry.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('journal_token_pk', ['entry_id', 'token'])
    .execute();
  await db.schema.createIndex('journal_token_user_token_idx').on('journal_token').columns(['user_id', 'token']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('journal_token').execute();
  await db.schema.dropTable('journal_entry').execute();
}
