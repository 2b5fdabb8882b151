/**
 * The admin console on a Daybook that registers people by invitation: inviting someone, finding
 * and managing their account (disable, enable, roles, delete), the server's refusals shown as
 * they are, and the audit log with its filters.
 */
import { describe, expect, test } from 'vitest';
import { createAccount, linkFromMail, newIdentity, signInSession, type Identity } from './accounts.ts';
import { chooseAction, createInvitedAccount, findAccount, localDay } from './admin-flows.ts';
import { accountButton, fillSignUpForm, onPath, signInThroughForm } from './auth-flows.ts';
import { skipWithoutBrowser } from './fixtures.ts';
import { allowProblems, useBrowserSuite } from './suite.ts';

describe.skipIf(skipWithoutBrowser)('the admin console', () => {
  let admin: Identity;
  const suite = useBrowserSuite(
    async (e2e) => {
      admin = await createAccount(e2e, newIdentity('root'));
    },
    { env: { REGISTRATION: 'invite' } },
  );

  test('an invited person signs up; the admin finds, disables, enables and promotes them, and the audit log shows it', async () => {
    const adminSession = await suite.open();
    await adminSession.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.e2e.baseUrl });
    const { page } = adminSession;
    await page.goto('/sign-in');
    await signInThroughForm(page, admin);
    await page.waitForURL(onPath('/'));
    await accountButton(page).click();
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Admin', level: 1 }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Users' }).getAttribute('aria-current')).toBe('page');

    // An invitation for one address: mailed to it, and ready to copy.
    const newcomer = newIdentity('newcomer');
    const invite = page.getByRole('region', { name: 'Invite someone' });
    await invite.getByLabel(/^Their email address/).fill(newcomer.email);
    await invite.getByRole('button', { name: 'Create invitation link' }).click();
    const link = invite.getByLabel('Invitation link', { exact: true });
    await link.waitFor();
    const url = (await link.textContent())?.trim() ?? '';
    expect(url).toMatch(new RegExp(`^${suite.e2e.baseUrl}/sign-up\\?invite=[\\w-]{20,}$`));
    expect(await invite.textContent()).toContain(`We mailed the link to ${newcomer.email}`);
    await invite.getByRole('button', { name: 'Copy' }).click();
    await invite.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate<string>(`navigator.clipboard.readText()`)).toBe(url);
    expect(linkFromMail(suite.e2e, newcomer.email, /invited/)).toBe(url);

    // The invited person creates their account with it.
    const theirs = await suite.open({ viewport: 'phone' });
    await theirs.page.goto(url);
    await theirs.page.getByText('You have been invited').waitFor();
    await fillSignUpForm(theirs.page, newcomer);
    await theirs.page.getByRole('button', { name: 'Create account' }).click();
    await theirs.page.waitForURL(onPath('/'));

    // The admin finds them, and disables them: their session ends at once.
    let row = await findAccount(page, newcomer);
    expect(await row.textContent()).toMatch(/User.*Active.*Off.*No/);
    await chooseAction(row, newcomer, 'Disable');
    const disable = page.getByRole('dialog', { name: `Disable ${newcomer.name}?` });
    await disable.getByRole('button', { name: 'Disable account' }).click();
    await page.getByText(`${newcomer.name} is disabled and signed out everywhere.`).waitFor();
    await row.getByText('Disabled', { exact: true }).waitFor();
    await theirs.page.goto('/settings');
    await theirs.page.waitForURL(onPath('/sign-in'));

    await chooseAction(row, newcomer, 'Enable');
    await page.getByText(`${newcomer.name} can sign in again.`).waitFor();
    await row.getByText('Active', { exact: true }).waitFor();
    await chooseAction(row, newcomer, 'Make admin');
    await page.getByText(`${newcomer.name} is now an administrator.`).waitFor();
    await row.getByText('Admin', { exact: true }).waitFor();
    await chooseAction(row, newcomer, 'Make user');
    await page.getByText(`${newcomer.name} is no longer an administrator.`).waitFor();
    await row.getByText('User', { exact: true }).waitFor();

    // A forced reset ends their sessions and mails them a link.
    await chooseAction(row, newcomer, 'Force password reset');
    const reset = page.getByRole('dialog', { name: `Force a password reset for ${newcomer.name}?` });
    await reset.getByRole('button', { name: 'Sign out and mail a reset link' }).click();
    await page.getByText(`${newcomer.name} is signed out everywhere and has been mailed a link`, { exact: false }).waitFor();
    expect(linkFromMail(suite.e2e, newcomer.email, /reset the password/)).toMatch(/^http/);

    // The server refuses to change one's own account, and the page says why.
    row = await findAccount(page, admin);
    expect(await row.textContent()).toContain('You');
    await chooseAction(row, admin, 'Make user');
    await page.getByRole('alert').getByText('You cannot change your own role or status here.').waitFor();
    allowProblems(adminSession, /\b409\b|Conflict/);

    // A failed sign-in, for the outcome filter.
    await fetch(`${suite.e2e.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { origin: suite.e2e.baseUrl, 'x-requested-with': 'daybook', 'content-type': 'application/json' },
      body: JSON.stringify({ email: newcomer.email, password: 'not their password at all' }),
    });

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(onPath('/admin/audit'));
    const log = page.getByRole('table', { name: /^Audit log entries/ });
    await log.waitFor();
    const rows = log.getByRole('row');
    for (const action of ['Sign-in', 'Invitation created', 'Account created', 'Account disabled by an admin', 'Account enabled by an admin', 'Role changed by an admin']) {
      expect(await log.getByText(action, { exact: true }).count(), action).toBeGreaterThan(0);
    }
    // Newest first: the failed sign-in heads the list.
    expect(await rows.nth(1).textContent()).toMatch(/Sign-in.*Failure/);
    const time = rows.nth(1).locator('time');
    expect(await time.getAttribute('title')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);

    await page.getByLabel('Action').fill('Account disabled by an admin');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.waitForURL((address) => address.searchParams.get('action') === 'admin.user_disabled');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toContain(admin.email);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Outcome').selectOption('failure');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.waitForURL((address) => address.searchParams.get('outcome') === 'failure' && !address.searchParams.has('action'));
    await expect.poll(async () => (await log.getByRole('cell', { name: 'Failure' }).count()) === (await rows.count()) - 1).toBe(true);
    expect(await log.getByText(newcomer.email).count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('From').fill(await localDay(page));
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.waitForURL((address) => address.searchParams.has('from'));
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    await page.getByLabel('From').fill(await localDay(page, -2));
    await page.getByLabel('To (including)').fill(await localDay(page, -1));
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.getByText('No entries match these filters.').waitFor();
  });

  test('deleting an account asks for its email address first', async () => {
    const adminSession = await suite.open();
    await signInSession(suite.e2e, adminSession, admin);
    const leaving = await createInvitedAccount(suite.e2e, adminSession, newIdentity('leaving'));
    const { page } = adminSession;
    await page.goto('/admin');
    const row = await findAccount(page, leaving);
    await chooseAction(row, leaving, 'Delete account');
    const dialog = page.getByRole('dialog', { name: `Delete the account of ${leaving.name}?` });
    const typed = dialog.getByLabel(/^Type their email address/);
    await expect.poll(() => page.evaluate<boolean>(`document.activeElement === document.querySelector('dialog[open] input')`)).toBe(true);
    await typed.fill('someone.else@example.org');
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await dialog.getByText(`Type ${leaving.email} to confirm.`).waitFor();
    await typed.fill(leaving.email.toUpperCase());
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await page.getByText(`The account of ${leaving.name} and all its data are deleted.`).waitFor();
    await page.getByText(`No accounts match “${leaving.email}”.`).waitFor();
    expect(await dialog.isVisible()).toBe(false);
  });

  test('the list of accounts loads 25 at a time', async () => {
    const adminSession = await suite.open();
    await signInSession(suite.e2e, adminSession, admin);
    for (let made = 0; made < 26; made += 1) await createInvitedAccount(suite.e2e, adminSession, newIdentity('member'));
    const { page } = adminSession;
    await page.goto('/admin');
    const rows = page.getByRole('table', { name: 'Accounts on this Daybook' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(26);
    await page.getByText('25 accounts shown. There are more.').waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(28);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });

  test('people who are not administrators are told the page is not available', async () => {
    const adminSession = await suite.open();
    await signInSession(suite.e2e, adminSession, admin);
    const person = await createInvitedAccount(suite.e2e, adminSession, newIdentity('regular'));
    const { page } = await suite.open();
    await page.goto('/sign-in');
    await signInThroughForm(page, person);
    await page.waitForURL(onPath('/'));
    await accountButton(page).click();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await page.goto('/admin/audit');
    await page.getByRole('heading', { name: 'This page is not available', level: 1 }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });
});
