import type { Generated } from 'kysely';

/** Table types for Kysely. Each module adds its tables here as its migrations create them. */
export interface InstanceSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface Database {
  instance_settings: InstanceSettingsTable;
}

export type { Generated };
