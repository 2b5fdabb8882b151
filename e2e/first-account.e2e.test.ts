/**
 * A new Daybook, as its first person meets it: the first visit offers to create the account that
 * administers it; then signing out and in, and two-factor authentication from Settings, through
 * every way of using it (app code, backup code) until it is turned off again.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newIdentity, totpCode, type Identity } from './accounts.ts';
import { accountButton, fillSignUpForm, onPath, signInThroughForm, signOutThroughMenu } from './auth-flows.ts';
import { saveScreenshot, seriousAxeViolations, skipWithoutBrowser } from './fixtures.ts';
import { useBrowserSuite } from './suite.ts';

const twoFactorSection = (page: Page) => page.getByRole('region', { name: /Two-factor authentication/ });

async function openSettings(page: Page): Promise<Locator> {
  await accountButton(page).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  return twoFactorSection(page);
}

async function confirmPassword(section: Locator, identity: Identity, submit: string): Promise<void> {
  await section.getByLabel('Your password').fill(identity.password);
  await section.getByRole('button', { name: submit }).click();
}

describe.skipIf(skipWithoutBrowser)('the first account', () => {
  const suite = useBrowserSuite();

  test('the first visit creates the administrator; sign out, sign in, and two-factor from setup to turning it off', async () => {
    const admin = newIdentity('ada');
    const { page, context } = await suite.open();
    await page.goto('/');
    await page.waitForURL(onPath('/welcome'));
    await page.getByRole('heading', { name: 'Create the first account', level: 1 }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('The first account will administer it');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'welcome-desktop-light');

    await fillSignUpForm(page, admin);
    await page.getByRole('button', { name: 'Create the administrator account' }).click();
    await page.waitForURL(onPath('/'));
    await page.getByRole('heading', { name: 'Welcome to Daybook', level: 1 }).waitFor();
    expect(await accountButton(page).textContent()).toContain(admin.name);
    await accountButton(page).click();
    expect(await page.getByRole('link', { name: 'Admin' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Settings' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('link', { name: 'Admin' }).isVisible()).toBe(false);

    await signOutThroughMenu(page);
    expect(await accountButton(page).count()).toBe(0);
    await signInThroughForm(page, admin, true);
    await page.waitForURL(onPath('/'));
    await page.getByRole('heading', { name: 'Welcome to Daybook', level: 1 }).waitFor();
    // "Keep me signed in" makes the session cookie outlive the browser session.
    const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith('session_token'));
    expect(cookie?.expires ?? -1).toBeGreaterThan(Date.now() / 1000 + 24 * 3600);

    // Two-factor on: password, then the QR code and its key, then one code from the "app".
    let section = await openSettings(page);
    expect(await section.getByText('Off', { exact: true }).isVisible()).toBe(true);
    await section.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await confirmPassword(section, admin, 'Continue');
    await section.getByRole('img', { name: /QR code/ }).waitFor();
    const secret = (await section.getByLabel(/Enter this key instead/).textContent())?.replace(/\s/g, '') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);
    await section.getByLabel('6-digit code').fill(totpCode(secret));
    await section.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await section.getByText('Save your backup codes now').waitFor();
    expect(await section.getByRole('list', { name: 'Backup codes' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(8);
    await saveScreenshot(page, 'settings-backup-codes-desktop-light');
    await section.getByRole('button', { name: 'I have saved them' }).click();
    expect(await section.getByText('On', { exact: true }).isVisible()).toBe(true);

    // New backup codes replace the first ones; keep one for later.
    await section.getByRole('button', { name: 'Get new backup codes' }).click();
    await confirmPassword(section, admin, 'Make new backup codes');
    await section.getByText('Your old backup codes no longer work.').waitFor();
    const backupCode = (await section.getByRole('list', { name: 'Backup codes' }).getByRole('listitem').first().textContent())?.trim() ?? '';
    await section.getByRole('button', { name: 'I have saved them' }).click();

    // Signing in now asks for a code from the app.
    await signOutThroughMenu(page);
    await signInThroughForm(page, admin);
    await page.waitForURL(onPath('/sign-in/two-factor'));
    const code = page.getByLabel('Authentication code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await code.fill(totpCode(secret));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.waitForURL(onPath('/'));
    expect(await accountButton(page).textContent()).toContain(admin.name);

    // …or, without the phone, a backup code.
    await signOutThroughMenu(page);
    await signInThroughForm(page, admin);
    await page.waitForURL(onPath('/sign-in/two-factor'));
    await page.getByRole('button', { name: 'Use a backup code' }).click();
    await page.getByLabel('Backup code').fill(backupCode);
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.waitForURL(onPath('/'));

    // Turned off again, it no longer asks.
    section = await openSettings(page);
    await section.getByRole('button', { name: 'Turn off' }).click();
    await confirmPassword(section, admin, 'Turn off two-factor authentication');
    await section.getByText('Two-factor authentication is off.').waitFor();
    expect(await section.getByText('Off', { exact: true }).isVisible()).toBe(true);
    await signOutThroughMenu(page);
    await signInThroughForm(page, admin);
    await page.waitForURL(onPath('/'));
  });
});
