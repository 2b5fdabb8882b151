import type { BlindIndex } from '../../lib/blind-index.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import type { EncryptedDataRepository } from './encrypted-data.repository.ts';

export interface RotationReport {
  moodNotes: number;
  journalEntries: number;
  analyses: number;
  profiles: number;
}

/**
 * Re-encrypts every encrypted value under the current key and rebuilds the journal's search
 * tokens (their key derives from the current key). Safe to run again after an interruption:
 * values already under the current key are simply written again.
 */
export async function reencryptAll(repository: EncryptedDataRepository, cipher: FieldCipher, index: BlindIndex, tokensFor: (index: BlindIndex, title: string | null, body: string, tags: string[]) => string[]): Promise<RotationReport> {
  const report: RotationReport = { moodNotes: 0, journalEntries: 0, analyses: 0, profiles: 0 };

  for (let after = ''; ; ) {
    const rows = await repository.profiles(after);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (cipher.needsRotation(row.data)) {
        await repository.setProfile(row.id, cipher.reencrypt(row.data, `profile.data:${row.id}`));
        report.profiles += 1;
      }
    }
    after = rows.at(-1)?.id ?? after;
  }

  for (let after = ''; ; ) {
    const rows = await repository.moodNotes(after);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.note && cipher.needsRotation(row.note)) {
        await repository.setMoodNote(row.id, cipher.reencrypt(row.note, `mood_checkin.note:${row.id}`));
        report.moodNotes += 1;
      }
    }
    after = rows.at(-1)?.id ?? after;
  }

  for (let after = ''; ; ) {
    const rows = await repository.analyses(after);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (cipher.needsRotation(row.result)) {
        await repository.setAnalysis(row.id, cipher.reencrypt(row.result, `journal_analysis.result:${row.id}`));
        report.analyses += 1;
      }
    }
    after = rows.at(-1)?.id ?? after;
  }

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
      report.journalEntries += 1;
    }
    after = rows.at(-1)?.id ?? after;
  }
  return report;
}
