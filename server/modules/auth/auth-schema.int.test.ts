import { getMigrations } from 'better-auth/db/migration';
import { describe, expect, it } from 'vitest';
import { createTestApp, testDatabase } from '../../../test/app.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`identity schema (${testDatabase})`, () => {
  it("matches what better-auth and its plugins expect, column for column", async () => {
    const t = await createTestApp({}, { mailer: createMemoryMailer() });
    try {
      const options = { ...t.app.auth.options, logger: { level: 'error' as const, disabled: true } };
      const { toBeCreated, toBeAdded, toBeAddedIndexes, schemaProblems } = await getMigrations(options);
      expect(toBeAddedIndexes.map((index) => index.name)).toEqual([]);
      expect(schemaProblems).toEqual([]);
      expect(toBeCreated.map((table) => table.table)).toEqual([]);
      expect(toBeAdded.map((table) => ({ table: table.table, fields: Object.keys(table.fields) }))).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
