/** What a person does in the journal, and entries made through the API, as steps the end-to-end tests share. */
import type { Page } from 'playwright-core';
import { callApi } from './accounts.ts';
import type { E2E, Session } from './fixtures.ts';

export interface EntryDraft {
  title?: string;
  body: string;
  tags?: string[];
  mood?: number;
}

/** Fills the editor (already open) and saves. */
export async function fillAndSaveEntry(page: Page, draft: EntryDraft): Promise<void> {
  if (draft.title !== undefined) await page.getByLabel('Title (optional)').fill(draft.title);
  await page.getByLabel('Your entry').fill(draft.body);
  for (const tag of draft.tags ?? []) {
    await page.getByLabel('Tags', { exact: true }).fill(tag);
    await page.getByLabel('Tags', { exact: true }).press('Enter');
  }
  if (draft.mood !== undefined) await page.getByLabel('Mood (optional)').selectOption(String(draft.mood));
  await page.getByRole('button', { name: 'Save entry' }).click();
}

/** Writes a new entry through /journal/new. */
export async function writeEntry(page: Page, draft: EntryDraft): Promise<void> {
  await page.goto('/journal/new');
  await page.getByRole('heading', { name: 'New entry', level: 1 }).waitFor();
  await fillAndSaveEntry(page, draft);
}

/** Creates an entry through the API as the session; answers its id. */
export async function createEntry(e2e: E2E, session: Session, entry: EntryDraft & { entryDate?: string }): Promise<string> {
  const created = await callApi(e2e, session, 'POST', '/api/v1/journal/entries', entry);
  return String(created.id);
}

/** Runs the background jobs that are due (the e2e server does not start its workers). */
export async function runJobs(e2e: E2E): Promise<void> {
  await e2e.testApp.app.jobs.runDue();
}

/** The words that make the crisis detector fire. */
export const crisisText = "I don't want to be here anymore.";
