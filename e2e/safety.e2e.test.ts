/**
 * Mental-health safety in a real browser: an entry with a crisis signal shows support at once,
 * the home page keeps showing it (hiding it takes a confirmation and lasts one visit), and the
 * safety plan and "About me" pages save and load back.
 */
import { describe, expect, test } from 'vitest';
import { createAccount, newIdentity, signUpSession } from './accounts.ts';
import { skipWithoutBrowser } from './fixtures.ts';
import { crisisText, runJobs, writeEntry } from './journal-flows.ts';
import { useBrowserSuite } from './suite.ts';

describe.skipIf(skipWithoutBrowser)('mental-health safety', () => {
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
  });

  test('a crisis signal shows the support panel at once, and on the home page until hidden with a confirmation', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await writeEntry(page, { body: crisisText });
    const panel = page.getByRole('region', { name: 'You are not alone' });
    await panel.waitFor();
    expect(await panel.getByRole('heading', { name: 'People you can talk to now' }).isVisible()).toBe(true);
    expect(await panel.locator('li').count()).toBeGreaterThan(0);
    expect(await panel.getByRole('link', { name: 'Open my safety plan' }).getAttribute('href')).toBe('/safety-plan');

    // The entry itself: support instead of a reflection, once the analysis has run.
    await page.getByRole('link', { name: 'Go to my entry' }).click();
    await runJobs(suite.e2e);
    await page.getByRole('region', { name: 'You are not alone' }).waitFor({ timeout: 10_000 });
    expect(await page.getByText('Something to try:', { exact: false }).count()).toBe(0);

    await page.goto('/');
    const home = page.getByRole('region', { name: 'Support is here for you' });
    await home.waitFor();
    await home.getByRole('button', { name: 'Hide for now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hide the support panel for now?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await home.isVisible()).toBe(true);
    await home.getByRole('button', { name: 'Hide for now' }).click();
    await dialog.getByRole('button', { name: 'Hide for now' }).click();
    await home.waitFor({ state: 'detached' });

    await page.reload();
    await page.getByRole('region', { name: 'Support is here for you' }).waitFor();
  });

  test('the safety plan saves and loads back', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/safety-plan');
    await page.getByRole('heading', { name: 'My safety plan', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add a line to warning signs' }).click();
    await page.getByLabel('Warning signs, item 1').fill('Not sleeping for days');
    await page.getByRole('button', { name: 'Add a line to what matters to me' }).click();
    await page.getByLabel('What matters to me, item 1').fill('My sister and her kids');
    await page.getByRole('button', { name: 'Add a line to what matters to me' }).click();
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await page.getByText('Your safety plan is saved.').waitFor();
    await page.reload();
    await page.getByLabel('Warning signs, item 1').waitFor();
    expect(await page.getByLabel('Warning signs, item 1').inputValue()).toBe('Not sleeping for days');
    expect(await page.getByLabel('What matters to me, item 1').inputValue()).toBe('My sister and her kids');
    // The empty line was left out.
    expect(await page.getByLabel('What matters to me, item 2').count()).toBe(0);
  });

  test('"About me" saves, loads back and can be deleted', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/profile');
    await page.getByRole('heading', { name: 'About me', level: 1 }).waitFor();
    await page.getByLabel('Age range').selectOption('25-34');
    await page.getByLabel('Country').fill('gb');
    await page.getByLabel('Sleep').check();
    await page.getByLabel('Let reflections take this into account').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved. Thank you for sharing.').waitFor();
    await page.reload();
    await page.getByLabel('Country').waitFor();
    expect(await page.getByLabel('Country').inputValue()).toBe('GB');
    expect(await page.getByLabel('Age range').inputValue()).toBe('25-34');
    expect(await page.getByLabel('Sleep').isChecked()).toBe(true);
    expect(await page.getByLabel('Let reflections take this into account').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Delete my details' }).click();
    await page.getByRole('dialog', { name: 'Delete your details?' }).getByRole('button', { name: 'Delete details' }).click();
    await page.getByRole('button', { name: 'Delete my details' }).waitFor({ state: 'detached' });
    expect(await page.getByLabel('Country').inputValue()).toBe('');
    expect(await page.getByLabel('Let reflections take this into account').isChecked()).toBe(false);
  });
});
