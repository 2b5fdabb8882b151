import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_instance_settings.ts';
import * as m0002 from './0002_identity.ts';
import * as m0003 from './0003_audit_sharing.ts';
import * as m0004 from './0004_checkins.ts';
import * as m0005 from './0005_journal.ts';
import * as m0006 from './0006_jobs.ts';
import * as m0007 from './0007_journal_analysis.ts';
import * as m0008 from './0008_profile.ts';
import * as m0009 from './0009_safety_plan.ts';
import * as m0010 from './0010_money.ts';

/** The whole migration history, in order. Names are permanent once released. */
const migrations: Record<string, Migration> = {
  '0001_instance_settings': m0001,
  '0002_identity': m0002,
  '0003_audit_sharing': m0003,
  '0004_checkins': m0004,
  '0005_journal': m0005,
  '0006_jobs': m0006,
  '0007_journal_analysis': m0007,
  '0008_profile': m0008,
  '0009_safety_plan': m0009,
  '0010_money': m0010,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
