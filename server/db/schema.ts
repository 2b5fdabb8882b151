/**
 * Table types for Kysely. Each module adds its tables here as its migrations create them.
 * Dates are strings on SQLite and Date objects on PostgreSQL; code that reads them normalises.
 */
type Timestamp = string | Date;

export interface InstanceSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** better-auth's tables: only the columns our own queries touch are typed. */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  role: string | null;
  banned: boolean | number | null;
  banReason: string | null;
  banExpires: Timestamp | null;
  twoFactorEnabled: boolean | number | null;
}

export interface SessionTable {
  id: string;
  token: string;
  userId: string;
  expiresAt: Timestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  ipAddress: string | null;
  userAgent: string | null;
}

export interface InviteTable {
  id: string;
  token_hash: string;
  email: string | null;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  used_by: string | null;
}

export interface LoginFailureTable {
  key: string;
  count: number;
  last_failure_at: Timestamp;
}

export interface AuditLogTable {
  id: string;
  at: Timestamp;
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  actor_id: string | null;
  actor_email: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  detail: string | null;
}

export interface ShareGrantTable {
  id: string;
  owner_id: string;
  grantee_id: string;
  role: 'viewer' | 'editor';
  created_at: Timestamp;
}

export interface ApiKeyTable {
  id: string;
  user_id: string;
  name: string;
  start: string;
  key_hash: string;
  scopes: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface UserSettingsTable {
  user_id: string;
  time_zone: string;
  water_goal_ml: number;
  water_unit: 'ml' | 'fl_oz';
  updated_at: Timestamp;
}

export interface MoodCheckinTable {
  id: string;
  user_id: string;
  score: number;
  /** AES-256-GCM ciphertext (lib/field-crypto), never plaintext. */
  note: string | null;
  /** JSON array of emotion tags. */
  emotions: string;
  recorded_at: Timestamp;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WaterLogTable {
  id: string;
  user_id: string;
  amount_ml: number;
  recorded_at: Timestamp;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JournalEntryTable {
  id: string;
  user_id: string;
  /** Ciphertext, like body and tags. */
  title: string | null;
  body: string;
  tags: string;
  mood: number | null;
  /** The day the entry is about, as the person sees it: YYYY-MM-DD. */
  entry_date: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JournalTokenTable {
  entry_id: string;
  user_id: string;
  token: string;
}

export interface JobTable {
  id: string;
  kind: string;
  /** JSON with ids only: never personal text, which stays encrypted where it lives. */
  payload: string;
  unique_key: string | null;
  status: 'pending' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: Timestamp;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JournalAnalysisTable {
  entry_id: string;
  user_id: string;
  /** Ciphertext of the analysis JSON (sentiment, emotions, reflection). */
  result: string;
  provider: string;
  entry_updated_at: Timestamp;
  analysed_at: Timestamp;
}

export interface CrisisEventTable {
  id: string;
  user_id: string;
  level: 'concern' | 'crisis';
  /** JSON array of signal names; never the words that raised them. */
  signals: string;
  source: 'journal' | 'companion';
  created_at: Timestamp;
}

export interface ProfileTable {
  user_id: string;
  /** Ciphertext of the profile JSON. */
  data: string;
  coaching_consent: boolean | number;
  updated_at: Timestamp;
}

export interface SafetyPlanTable {
  user_id: string;
  /** Ciphertext of the plan JSON. */
  data: string;
  updated_at: Timestamp;
}

export interface MoneyCategoryTable {
  id: string;
  user_id: string;
  key: string | null;
  name: string;
  name_key: string;
  kind: 'expense' | 'income';
  parent_id: string | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** bigint columns come back as strings from PostgreSQL; repositories convert with Number(). */
type BigIntColumn = number | string;

export interface MoneyTransactionTable {
  id: string;
  user_id: string;
  kind: 'expense' | 'income';
  amount_minor: BigIntColumn;
  currency: string;
  occurred_on: string;
  payee: string;
  payee_key: string;
  category_id: string | null;
  /** JSON array; the tag table below is what filters use. */
  tags: string;
  account: string;
  /** Ciphertext. */
  note: string | null;
  recurring_id: string | null;
  occurrence_index: number | null;
  import_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MoneyTransactionTagTable {
  transaction_id: string;
  user_id: string;
  tag: string;
}

export interface MoneyRecurringTable {
  id: string;
  user_id: string;
  kind: 'expense' | 'income';
  amount_minor: BigIntColumn;
  currency: string;
  payee: string;
  category_id: string | null;
  tags: string;
  account: string;
  note: string | null;
  cadence: 'weekly' | 'monthly';
  interval: number;
  start_date: string;
  end_date: string | null;
  /** The index of the next occurrence to materialise (0 = the start date). */
  next_index: number;
  next_date: string | null;
  active: boolean | number;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MoneyBudgetTable {
  id: string;
  user_id: string;
  category_id: string | null;
  scope: string;
  currency: string;
  amount_minor: BigIntColumn;
  thresholds: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MoneyBudgetAlertTable {
  budget_id: string;
  period: string;
  threshold: number;
  user_id: string;
  spent_minor: BigIntColumn;
  budget_minor: BigIntColumn;
  created_at: Timestamp;
}

export interface MoneyImportTable {
  id: string;
  user_id: string;
  created_by: string;
  file_name: string;
  status: 'uploaded' | 'committing' | 'done' | 'failed';
  encoding: string;
  delimiter: string;
  headers: string;
  rows: string | null;
  row_count: number;
  options: string | null;
  imported_rows: number;
  error: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface Database {
  instance_settings: InstanceSettingsTable;
  user: UserTable;
  session: SessionTable;
  invite: InviteTable;
  login_failure: LoginFailureTable;
  audit_log: AuditLogTable;
  share_grant: ShareGrantTable;
  api_key: ApiKeyTable;
  user_settings: UserSettingsTable;
  mood_checkin: MoodCheckinTable;
  water_log: WaterLogTable;
  journal_entry: JournalEntryTable;
  journal_token: JournalTokenTable;
  job: JobTable;
  journal_analysis: JournalAnalysisTable;
  crisis_event: CrisisEventTable;
  profile: ProfileTable;
  safety_plan: SafetyPlanTable;
  money_category: MoneyCategoryTable;
  money_transaction: MoneyTransactionTable;
  money_transaction_tag: MoneyTransactionTagTable;
  money_recurring: MoneyRecurringTable;
  money_budget: MoneyBudgetTable;
  money_budget_alert: MoneyBudgetAlertTable;
  money_import: MoneyImportTable;
  notification: NotificationTable;
}
