import type { Kysely } from 'kysely';

/**
 * Money: categories (one level of nesting), transactions in integer minor units (bigint: amounts
 * up to Number.MAX_SAFE_INTEGER), recurring rules, monthly budgets with their alerts, CSV imports,
 * and in-app notifications. Notes are ciphertext (lib/field-crypto).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = 'timestamptz';
  await db.schema
    .createTable('money_category')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('money_category.id'))
    .addColumn('archived_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  // Defaults are seeded once per user, however many requests race to do it.
  await db.schema.createIndex('money_category_user_key_uq').on('money_category').columns(['user_id', 'key']).unique().execute();
  await db.schema.createIndex('money_category_user_name_uq').on('money_category').columns(['user_id', 'kind', 'name_key']).unique().execute();

  await db.schema
    .createTable('money_recurring')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('payee', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.references('money_category.id'))
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('interval', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('next_index', 'integer', (c) => c.notNull())
    .addColumn('next_date', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('money_recurring_due_idx').on('money_recurring').columns(['active', 'next_date']).execute();

  await db.schema
    .createTable('money_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('delimiter', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    /** Ciphertext of the parsed rows (JSON); removed once the import is done or expires. */
    .addColumn('rows', 'text')
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('options', 'text')
    .addColumn('imported_rows', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('money_transaction')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('payee', 'text', (c) => c.notNull())
    .addColumn('payee_key', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.references('money_category.id'))
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recurring_id', 'text', (c) => c.references('money_recurring.id').onDelete('set null'))
    .addColumn('occurrence_index', 'integer')
    .addColumn('import_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('money_transaction_user_date_idx').on('money_transaction').columns(['user_id', 'occurred_on', 'id']).execute();
  await db.schema.createIndex('money_transaction_user_category_idx').on('money_transaction').columns(['user_id', 'category_id']).execute();
  await db.schema.createIndex('money_transaction_dedupe_idx').on('money_transaction').columns(['user_id', 'occurred_on', 'amount_minor']).execute();
  // The guarantee behind "exactly once per occurrence", whichever instance or retry gets there.
  await db.schema.createIndex('money_transaction_occurrence_uq').on('money_transaction').columns(['recurring_id', 'occurrence_index']).unique().execute();

  await db.schema
    .createTable('money_transaction_tag')
    .addColumn('transaction_id', 'text', (c) => c.notNull().references('money_transaction.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('money_transaction_tag_pk', ['transaction_id', 'tag'])
    .execute();
  await db.schema.createIndex('money_transaction_tag_user_idx').on('money_transaction_tag').columns(['user_id', 'tag']).execute();

  await db.schema
    .createTable('money_budget')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('category_id', 'text', (c) => c.references('money_category.id'))
    /** The category id, or 'overall': one budget per scope and currency (NULLs are never equal). */
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('thresholds', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('money_budget_scope_uq').on('money_budget').columns(['user_id', 'scope', 'currency']).unique().execute();

  // An alert is an event: raised once per budget, month and threshold (the primary key says so).
  await db.schema
    .createTable('money_budget_alert')
    .addColumn('budget_id', 'text', (c) => c.notNull().references('money_budget.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('threshold', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('spent_minor', 'bigint', (c) => c.notNull())
    .addColumn('budget_minor', 'bigint', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('money_budget_alert_pk', ['budget_id', 'period', 'threshold'])
    .execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('read_at', timestamp)
    .execute();
  await db.schema.createIndex('notification_user_idx').on('notification').columns(['user_id', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['notification', 'money_budget_alert', 'money_budget', 'money_transaction_tag', 'money_transaction', 'money_import', 'money_recurring', 'money_category']) {
    await db.schema.dropTable(table).execute();
  }
}
