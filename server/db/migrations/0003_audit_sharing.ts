import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';

/**
 * The audit log (append-only: triggers refuse every UPDATE, and every DELETE of a row younger than
 * the retention in instance_settings), sharing grants between accounts, and personal API keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = 'timestamptz';
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', timestamp, (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_email', 'text')
    .addColumn('target_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('request_id', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_id', 'at']).execute();
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'at']).execute();

  if (isPostgres(db)) {
    await sql`
      create function audit_log_guard() returns trigger language plpgsql as $$
      declare retention_days integer;
      begin
        if tg_op = 'UPDATE' then
          raise exception 'audit_log is append-only';
        end if;
        select coalesce(value::integer, 365) into retention_days from instance_settings where key = 'audit_retention_days';
        if old.at > now() - make_interval(days => coalesce(retention_days, 365)) then
          raise exception 'audit_log rows are kept for % days', coalesce(retention_days, 365);
        end if;
        return old;
      end $$`.execute(db);
    await sql`create trigger audit_log_append_only before update or delete on audit_log for each row execute function audit_log_guard()`.execute(db);
  } else {
    await sql`
      create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    // Rows are ISO-8601 text on SQLite, so a text comparison with the same format is a time comparison.
    await sql`
      create trigger audit_log_retention before delete on audit_log
      when old.at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now',
        '-' || coalesce((select value from instance_settings where key = 'audit_retention_days'), '365') || ' days')
      begin select raise(abort, 'audit_log rows are kept until the retention period ends'); end`.execute(db);
  }

  await db.schema
    .createTable('share_grant')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('grantee_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('share_grant_owner_grantee_unique', ['owner_id', 'grantee_id'])
    .execute();
  await db.schema.createIndex('share_grant_grantee_idx').on('share_grant').column('grantee_id').execute();

  await db.schema
    .createTable('api_key')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp)
    .addColumn('last_used_at', timestamp)
    .execute();
  await db.schema.createIndex('api_key_user_idx').on('api_key').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_key').execute();
  await db.schema.dropTable('share_grant').execute();
  await db.schema.dropTable('audit_log').execute();
  if (isPostgres(db)) await sql`drop function if exists audit_log_guard()`.execute(db);
}
