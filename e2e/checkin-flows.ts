/** What a person does with check-ins, and data made through the API, as steps the end-to-end tests share. */
import type { Locator, Page } from 'playwright-core';
import { callApi, type Identity } from './accounts.ts';
import type { E2E, Session } from './fixtures.ts';

/** The water ring: its accessible name is the day's total, e.g. "750 of 2,000 ml today". */
export const waterRing = (page: Page, text: string): Locator => page.getByRole('img', { name: text, exact: true });

/** Adds water with a quick-add button and waits until it is saved. */
export async function quickAddWater(page: Page, amount: string): Promise<void> {
  await page.getByRole('button', { name: `Add ${amount}`, exact: true }).click();
  await page.getByText(`Added ${amount}.`, { exact: true }).waitFor();
}

/** Chooses whose check-ins the check-ins page shows ("Mine" or someone who shares with me). */
export async function showCheckinsOf(page: Page, owner: Identity | 'Mine'): Promise<void> {
  await page.getByLabel('Whose check-ins').selectOption({ label: owner === 'Mine' ? 'Mine' : `${owner.name} (${owner.email})` });
}

/** Shares the session's check-ins with someone; answers the grant's id. */
export async function shareCheckins(e2e: E2E, owner: Session, email: string, role: 'viewer' | 'editor'): Promise<string> {
  const grant = await callApi(e2e, owner, 'POST', '/api/v1/sharing', { email, role });
  return String(grant.id);
}

const daysAgo = (days: number, hour = 9) => {
  const at = new Date(Date.now() - days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};

/** A few weeks of mood and water, recorded in the past, for the charts and the history. */
export async function seedCheckins(e2e: E2E, session: Session, days = 12): Promise<void> {
  const moods = [6, 7, 5, 8, 7, 4, 6, 8, 9, 7, 6, 7];
  const water = [1800, 2250, 1500, 2000, 2600, 1250, 2100, 1900, 2400, 800, 2000, 1700];
  for (let day = 1; day <= days; day += 1) {
    if (day % 5 !== 3) await callApi(e2e, session, 'POST', '/api/v1/checkins/mood', { score: moods[day % moods.length], recordedAt: daysAgo(day), ...(day === 1 ? { note: 'A slow walk by the river helped.', emotions: ['calm', 'tired'] } : {}) });
    await callApi(e2e, session, 'POST', '/api/v1/checkins/water', { amountMl: water[day % water.length], recordedAt: daysAgo(day, 12) });
  }
  // And a glass today, so the ring shows some progress.
  await callApi(e2e, session, 'POST', '/api/v1/checkins/water', { amountMl: 750 });
}
