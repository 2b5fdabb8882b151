import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_instance_settings.ts';
import * as m0002 from './0002_identity.ts';
import * as m0003 from './0003_audit_sharing.ts';

/** The whole migration history, in order. Names are permanent once released. */
const migrations: Record<string, Migration> = {
  '0001_instance_settings': m0001,
  '0002_identity': m0002,
  '0003_audit_sharing': m0003,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
