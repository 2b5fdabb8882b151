import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_instance_settings.ts';

/** The whole migration history, in order. Names are permanent once released. */
const migrations: Record<string, Migration> = {
  '0001_instance_settings': m0001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
