import type { BlindIndex } from '../../lib/blind-index.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import type { EncryptedDataRepository } from './encrypted-data.repository.ts';

export interface RotationReport {
  moodNotes: number;
  moodEmotions: number;
  journalEntries: number;
  analyses: number;
  profiles: number;
  safetyPlans: number;
  moneyNotes: number;
  recurringNotes: number;
  importFiles: number;
}

/** Walks one encrypted column in id order, re-encrypting values not yet under the current key. */
async function rotateColumn(
  cipher: FieldCipher,
  page: (afterId: string) => Promise<Array<{ id: string; value: string | null }>>,
  save: (id: string, value: string) => Promise<void>,
  context: (id: string) => string,
  /** Values from before the column was encrypted: encrypted now rather than re-encrypted. */
  isPlaintext: (value: string) => boolean = () => false,
): Promise<number> {
  let count = 0;
  for (let after = ''; ; ) {
    const rows = await page(after);
    if (rows.length === 0) return count;
    for (const row of rows) {
      if (row.value && isPlaintext(row.value)) {
        await save(row.id, cipher.encrypt(row.value, context(row.id)));
        count += 1;
      } else if (row.value && cipher.needsRotation(row.value)) {
        await save(row.id, cipher.reencrypt(row.value, context(row.id)));
        count += 1;
      }
    }
    after = rows.at(-1)?.id ?? after;
  }
}

/**
 * Re-encrypts every encrypted value under the current key and rebuilds the journal's search
 * tokens (their key derives from the current key). Safe to run again after an interruption.
 */
export async function reencryptAll(
  repository: EncryptedDataRepository,
  cipher: FieldCipher,
  index: BlindIndex,
  tokensFor: (index: BlindIndex, title: string | null, body: string, tags: string[]) => string[],
): Promise<RotationReport> {
  const moodNotes = await rotateColumn(
    cipher,
    async (after) => (await repository.moodNotes(after)).map((row) => ({ id: row.id, value: row.note })),
    (id, value) => repository.setMoodNote(id, value),
    (id) => `mood_checkin.note:${id}`,
  );
  const moodEmotions = await rotateColumn(
    cipher,
    async (after) => (await repository.moodEmotions(after)).map((row) => ({ id: row.id, value: row.emotions })),
    (id, value) => repository.setMoodEmotions(id, value),
    (id) => `mood_checkin.emotions:${id}`,
    (value) => value.startsWith('['),
  );
  const analyses = await rotateColumn(
    cipher,
    async (after) => (await repository.analyses(after)).map((row) => ({ id: row.id, value: row.result })),
    (id, value) => repository.setAnalysis(id, value),
    (id) => `journal_analysis.result:${id}`,
  );
  const profiles = await rotateColumn(
    cipher,
    async (after) => (await repository.profiles(after)).map((row) => ({ id: row.id, value: row.data })),
    (id, value) => repository.setProfile(id, value),
    (id) => `profile.data:${id}`,
  );
  const safetyPlans = await rotateColumn(
    cipher,
    async (after) => (await repository.safetyPlans(after)).map((row) => ({ id: row.id, value: row.data })),
    (id, value) => repository.setSafetyPlan(id, value),
    (id) => `safety_plan.data:${id}`,
  );

  const moneyNotes = await rotateColumn(
    cipher,
    async (after) => (await repository.moneyNotes(after)).map((row) => ({ id: row.id, value: row.note })),
    (id, value) => repository.setMoneyNote(id, value),
    (id) => `money_transaction.note:${id}`,
  );
  const recurringNotes = await rotateColumn(
    cipher,
    async (after) => (await repository.recurringNotes(after)).map((row) => ({ id: row.id, value: row.note })),
    (id, value) => repository.setRecurringNote(id, value),
    (id) => `money_recurring.note:${id}`,
  );
  const importFiles = await rotateColumn(
    cipher,
    async (after) => (await repository.importFiles(after)).map((row) => ({ id: row.id, value: row.rows })),
    (id, value) => repository.setImportFile(id, value),
    (id) => `money_import.rows:${id}`,
  );

  // Journal entries are always rewritten: their search tokens change with the key.
  let journalEntries = 0;
  for (let after = ''; ; ) {
    const rows = await repository.journalEntries(after);
    if (rows.length === 0) break;
    for (const row of rows) {
      const context = (field: string) => `journal_entry.${field}:${row.id}`;
      const title = row.title ? cipher.decrypt(row.title, context('title')) : null;
      const body = cipher.decrypt(row.body, context('body'));
      const tags = JSON.parse(cipher.decrypt(row.tags, context('tags'))) as string[];
      await repository.rewriteJournalEntry(
        {
          id: row.id,
          userId: row.user_id,
          title: title ? cipher.encrypt(title, context('title')) : null,
          body: cipher.encrypt(body, context('body')),
          tags: cipher.encrypt(JSON.stringify(tags), context('tags')),
        },
        tokensFor(index, title, body, tags),
      );
      journalEntries += 1;
    }
    after = rows.at(-1)?.id ?? after;
  }
  return { moodNotes, moodEmotions, journalEntries, analyses, profiles, safetyPlans, moneyNotes, recurringNotes, importFiles };
}
