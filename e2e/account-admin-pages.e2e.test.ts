/**
 * The settings sections (sessions, API keys with a new key on screen, sharing), the admin users
 * page, the audit log and the delete dialog at phone and desktop widths, in light and dark: no
 * serious or critical axe-core findings, nothing overflows sideways, and screenshots in
 * test-results/screenshots/ for a person to look at.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, createAccount, iPhoneSafari, signInElsewhere, signInSession, signUpSession, type Identity } from './accounts.ts';
import { findAccount } from './admin-flows.ts';
import { isDark, openSession, saveScreenshot, seriousAxeViolations, skipWithoutBrowser, viewports, type E2E, type ViewportName } from './fixtures.ts';
import { useBrowserSuite } from './suite.ts';

const tag = randomBytes(2).toString('hex');
const person = (name: string): Identity => ({
  name,
  email: `${name.split(' ')[0]?.toLowerCase()}.${tag}@example.org`,
  password: `amber meadow ${tag} lighthouse`,
});
const admin = person('Ada Lovelace');
const robin = person('Robin Ash');
const sam = person('Sam Okafor');
const noor = person('Noor Haddad');

/** A small Daybook: an administrator and three people, one of them disabled and one an admin. */
async function populate(e2e: E2E): Promise<void> {
  await createAccount(e2e, admin);
  for (const someone of [robin, sam, noor]) await createAccount(e2e, someone);
  const session = await openSession(e2e);
  try {
    await signInSession(e2e, session, admin);
    const { items } = (await callApi(e2e, session, 'GET', '/api/v1/admin/users?limit=10')) as { items: Array<{ id: string; email: string }> };
    const idOf = (who: Identity) => items.find((item) => item.email === who.email)?.id ?? '';
    await callApi(e2e, session, 'PATCH', `/api/v1/admin/users/${idOf(sam)}`, { disabled: true });
    await callApi(e2e, session, 'PATCH', `/api/v1/admin/users/${idOf(noor)}`, { role: 'admin' });
    await callApi(e2e, session, 'POST', '/api/v1/admin/invites', { email: `guest.${tag}@example.org` });
  } finally {
    await session.close();
  }
}

const cases = (Object.keys(viewports) as ViewportName[]).flatMap((viewport) => (['light', 'dark'] as const).map((theme) => ({ viewport, theme })));

async function checkPage(page: Page, theme: 'light' | 'dark'): Promise<void> {
  expect(await isDark(page)).toBe(theme === 'dark');
  expect(await page.evaluate<boolean>(`document.documentElement.scrollWidth <= window.innerWidth`)).toBe(true);
  // Tables stay inside the page's column (long email addresses wrap).
  const tablesFit = `[...document.querySelectorAll('main table')].every((table) => table.getBoundingClientRect().right <= table.parentElement.getBoundingClientRect().right + 1)`;
  expect(await page.evaluate<boolean>(tablesFit)).toBe(true);
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe.skipIf(skipWithoutBrowser)('settings and admin pages in every theme and width', () => {
  const suite = useBrowserSuite(populate);

  test.each(cases)('settings sections at $viewport width in $theme theme', async ({ viewport, theme }) => {
    const session = await suite.open({ viewport, theme });
    const { page } = session;
    const me = await signUpSession(suite.e2e, session, { ...person('Kit Marlowe'), email: `kit.${viewport}.${theme}.${tag}@example.org` });
    await signInElsewhere(suite.e2e, me, iPhoneSafari);
    await callApi(suite.e2e, session, 'POST', '/api/v1/sharing', { email: robin.email, role: 'editor' });
    const other = await suite.open();
    await signInSession(suite.e2e, other, noor);
    await callApi(suite.e2e, other, 'POST', '/api/v1/sharing', { email: me.email, role: 'viewer' });

    await page.goto('/settings');
    const keys = page.getByRole('region', { name: 'API keys' });
    await keys.getByLabel('Name', { exact: true }).fill('Home Assistant');
    await keys.getByLabel(/^Expires after/).fill('90');
    await keys.getByRole('button', { name: 'Create key' }).click();
    await keys.getByLabel('API key', { exact: true }).waitFor();
    const sessions = page.getByRole('region', { name: /^Where you.re signed in/ });
    await sessions.getByText('Safari on iPhone', { exact: true }).waitFor();
    const sharing = page.getByRole('region', { name: 'Sharing' });
    await sharing.getByText(noor.name, { exact: true }).waitFor();

    await checkPage(page, theme);
    await saveScreenshot(page, `settings-sessions-${viewport}-${theme}`, { of: sessions });
    await saveScreenshot(page, `settings-api-keys-${viewport}-${theme}`, { of: keys });
    await saveScreenshot(page, `settings-sharing-${viewport}-${theme}`, { of: sharing });
  });

  test.each(cases)('admin pages at $viewport width in $theme theme', async ({ viewport, theme }) => {
    const session = await suite.open({ viewport, theme });
    const { page } = session;
    await signInSession(suite.e2e, session, admin);

    await page.goto('/admin');
    await page.getByRole('table', { name: 'Accounts on this Daybook' }).getByText(sam.email).waitFor();
    await checkPage(page, theme);
    await saveScreenshot(page, `admin-users-${viewport}-${theme}`);

    const row = await findAccount(page, robin);
    await row.getByRole('button', { name: `Actions for ${robin.name}` }).click();
    await row.getByRole('button', { name: 'Delete account' }).waitFor();
    await saveScreenshot(page, `admin-actions-menu-${viewport}-${theme}`, { viewportOnly: true });
    await row.getByRole('button', { name: 'Delete account' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete the account of ${robin.name}?` });
    await dialog.getByLabel(/^Type their email address/).fill('robin');
    await checkPage(page, theme);
    await saveScreenshot(page, `admin-delete-dialog-${viewport}-${theme}`, { viewportOnly: true });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // A refused request and a failed sign-in, so the log shows every outcome.
    const visitor = await suite.open();
    await signInSession(suite.e2e, visitor, robin);
    expect((await visitor.context.request.get(`${suite.e2e.baseUrl}/api/v1/admin/users`)).status()).toBe(403);
    const wrong = { ...robin, password: 'not the right password at all' };
    await expect(signInSession(suite.e2e, visitor, wrong)).rejects.toThrow(/401/);

    await page.goto('/admin/audit');
    await page.getByRole('table', { name: /^Audit log entries/ }).getByText('Sign-in', { exact: true }).first().waitFor();
    await checkPage(page, theme);
    await saveScreenshot(page, `admin-audit-${viewport}-${theme}`);
  });
});
