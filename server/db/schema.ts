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

export interface Database {
  instance_settings: InstanceSettingsTable;
  user: UserTable;
  session: SessionTable;
  invite: InviteTable;
  login_failure: LoginFailureTable;
}
