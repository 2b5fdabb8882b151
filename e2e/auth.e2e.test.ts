/**
 * Identity in the browser, as people use it: the first account on a new Daybook, signing out and
 * in, two-factor authentication from Settings, and the errors people meet on the way.
 */
import { describe, expect, test } from 'vitest';
import { createAccount, linkFromMail, newIdentity, totpCode } from './accounts.ts';
import { accountButton, fillSignUpForm, onPath, signInThroughForm, signOutThroughMenu } from './auth-flows.ts';
import { saveScreenshot, seriousAxeViolations, skipWithoutBrowser } from './fixtures.ts';
import { allowProblems, useBrowserSuite } from './suite.ts';

describe.skipIf(skipWithoutBrowser)('the first account', () => {
  const suite = useBrowserSuite();

  test('the first visit creates the administrator; then sign out, sign in, turn on two-factor and sign in with a code', async () => {
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

    const account = accountButton(page);
    expect(await account.textContent()).toContain(admin.name);
    await account.click();
    expect(await page.getByRole('link', { name: 'Admin' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Settings' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await signOutThroughMenu(page);
    expect(await accountButton(page).count()).toBe(0);

    await signInThroughForm(page, admin, true);
    await page.waitForURL(onPath('/'));
    await page.getByRole('heading', { name: 'Welcome to Daybook', level: 1 }).waitFor();
    // "Keep me signed in" makes the session cookie outlive the browser session.
    const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith('session_token'));
    expect(cookie?.expires ?? -1).toBeGreaterThan(Date.now() / 1000 + 24 * 3600);

    await accountButton(page).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const twoFactor = page.getByRole('region', { name: /Two-factor authentication/ });
    expect(await twoFactor.getByText('Off', { exact: true }).isVisible()).toBe(true);
    await twoFactor.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await twoFactor.getByLabel('Your password').fill(admin.password);
    await twoFactor.getByRole('button', { name: 'Continue' }).click();
    await twoFactor.getByRole('img', { name: /QR code/ }).waitFor();
    const secret = (await twoFactor.getByLabel(/Enter this key instead/).textContent())?.replace(/\s/g, '') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);
    await twoFactor.getByLabel('6-digit code').fill(totpCode(secret));
    await twoFactor.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await twoFactor.getByText('Save your backup codes now').waitFor();
    expect(await twoFactor.getByRole('list', { name: 'Backup codes' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(8);
    await twoFactor.getByRole('button', { name: 'I have saved them' }).click();
    expect(await twoFactor.getByText('On', { exact: true }).isVisible()).toBe(true);

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
  });

});

describe.skipIf(skipWithoutBrowser)('signing in and recovering an account', () => {
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(suite.e2e, newIdentity('admin'));
  });

  test('a private page sends signed-out people to sign in, then back to that page', async () => {
    const person = await createAccount(suite.e2e, newIdentity('returning'));
    const { page } = await suite.open();
    await page.goto('/money');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/money');
    await signInThroughForm(page, person);
    await page.waitForURL(onPath('/money'));
    await page.getByRole('heading', { name: 'Money', level: 1 }).waitFor();
  });

  test('a wrong password shows the server’s message in a focused error summary', async () => {
    const current = await suite.open();
    const { page } = current;
    await page.goto('/sign-in');
    await signInThroughForm(page, { ...newIdentity('nobody'), password: 'not the right password at all' });
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/invalid email or password/i);
    expect(await page.evaluate<string | null>(`document.activeElement?.getAttribute('role')`)).toBe('alert');
    expect(page.url()).toContain('/sign-in');
    allowProblems(current, /401.*sign-in\/email|sign-in\/email.*401|status of 401/);
  });

  test('a short or common password on sign-up shows the server’s message at the field', async () => {
    const current = await suite.open();
    const { page } = current;
    const person = newIdentity('short');
    await page.goto('/sign-up');
    await page.getByRole('heading', { name: 'Create your account', level: 1 }).waitFor();
    await page.getByLabel('Name').fill(person.name);
    await page.getByLabel('Email address').fill(person.email);
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('tiny words');
    await page.getByText('Too short', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Create account' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText(/Use at least 15 characters/).waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const descriptions = await page.evaluate<string>(`${JSON.stringify(describedBy)}.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' | ')`);
    expect(descriptions).toContain('Use at least 15 characters. A few unrelated words make a strong, memorable password.');

    await password.fill('qwertyuiopasdfghjkl');
    await page.getByRole('button', { name: 'Create account' }).click();
    await summary.getByText('That password is too common or easy to guess. Choose another.').waitFor();
    allowProblems(current, /\b400\b/);
  });

  test('a forgotten password is reset through the link in the mail', async () => {
    const person = await createAccount(suite.e2e, newIdentity('forgetful'));
    const { page } = await suite.open();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(person.email);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(onPath('/forgot-password'));
    expect(await page.getByLabel('Email address').inputValue()).toBe(person.email);
    await page.getByRole('button', { name: 'Send the reset link' }).click();
    await page.getByText('Check your inbox').waitFor();

    await page.goto(linkFromMail(suite.e2e, person.email, /reset the password/));
    await page.waitForURL(onPath('/reset-password'));
    const renewed = { ...person, password: 'a brand new password of several words' };
    await page.getByLabel('New password', { exact: true }).fill(renewed.password);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('Your password has been changed').waitFor();
    await page.getByRole('link', { name: 'Sign in with the new password' }).click();
    await signInThroughForm(page, renewed);
    await page.waitForURL(onPath('/'));
    await page.getByRole('heading', { name: 'Welcome to Daybook', level: 1 }).waitFor();
  });

  test('the link in the welcome mail confirms the address and the reminder goes away', async () => {
    const { page } = await suite.open();
    const person = newIdentity('unconfirmed');
    await page.goto('/sign-up');
    await fillSignUpForm(page, person);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(onPath('/'));
    const reminder = page.getByRole('region', { name: 'Confirm your email address' });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain(person.email);
    await page.goto(linkFromMail(suite.e2e, person.email, /Confirm this address/));
    await page.waitForURL(onPath('/verified'));
    await page.getByRole('heading', { name: 'Email address confirmed', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Continue to Daybook' }).click();
    await page.getByRole('heading', { name: 'Welcome to Daybook', level: 1 }).waitFor();
    expect(await reminder.count()).toBe(0);
  });
});
