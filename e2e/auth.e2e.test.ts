/**
 * Signing in, signing up and recovering an account in the browser, and the errors people meet
 * on the way. (The first account and two-factor authentication: first-account.e2e.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { createAccount, linkFromMail, newIdentity } from './accounts.ts';
import { fillSignUpForm, onPath, signInThroughForm } from './auth-flows.ts';
import { saveScreenshot, skipWithoutBrowser } from './fixtures.ts';
import { allowProblems, useBrowserSuite } from './suite.ts';

describe.skipIf(skipWithoutBrowser)('signing in and recovering an account', () => {
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
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
    await expect.poll(() => page.evaluate<string | null>(`document.activeElement?.getAttribute('role')`)).toBe('alert');
    expect(page.url()).toContain('/sign-in');
    await saveScreenshot(page, 'sign-in-error-desktop-light');
    allowProblems(current, /401.*sign-in\/email|sign-in\/email.*401|status of 401/);
  });

  test('after repeated failures, sign-in shows how long to wait before trying again', async () => {
    const person = await createAccount(suite.e2e, newIdentity('hasty'));
    // Five failures are free; then each wait doubles (1 s, 2 s, 4 s…). Reach an 8-second wait.
    let failures = 0;
    while (failures < 8) {
      const response = await fetch(`${suite.e2e.baseUrl}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { origin: suite.e2e.baseUrl, 'x-requested-with': 'daybook', 'content-type': 'application/json' },
        body: JSON.stringify({ email: person.email, password: 'a wrong guess of some length' }),
      });
      if (response.status === 401) failures += 1;
      else if (response.status === 429) await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after')) * 1000));
      else throw new Error(`unexpected ${response.status}`);
    }
    const current = await suite.open();
    const { page } = current;
    await page.goto('/sign-in');
    await signInThroughForm(page, person);
    await page.getByRole('alert').getByText(/Too many failed attempts/).waitFor();
    const button = page.getByRole('button', { name: /^Try again in \d+ s$/ });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    await saveScreenshot(page, 'sign-in-throttled-desktop-light');
    allowProblems(current, /\b429\b|Too Many Requests/);
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
    await saveScreenshot(page, 'sign-up-error-desktop-light');
    allowProblems(current, /\b400\b/);
  });

  test('an invitation link’s token goes with the sign-up request', async () => {
    const { page } = await suite.open();
    const person = newIdentity('invited');
    await page.goto('/sign-up?invite=tok-123');
    await page.getByRole('heading', { name: 'Create your account', level: 1 }).waitFor();
    await fillSignUpForm(page, person);
    const request = page.waitForRequest((candidate) => candidate.url().endsWith('/api/auth/sign-up/email'));
    await page.getByRole('button', { name: 'Create account' }).click();
    expect((await request).headers()['x-daybook-invite']).toBe('tok-123');
    expect((await request).headers()['x-requested-with']).toBe('daybook');
    await page.waitForURL(onPath('/'));
  });

  test('without open registration, the sign-up page explains what to do instead of showing a form', async () => {
    const { page } = await suite.open();
    let registration = 'invite';
    await page.route('**/api/v1/setup', (route) =>
      route.fulfill({ json: { needsFirstAccount: false, registration, emailVerificationRequired: false } }),
    );
    await page.goto('/sign-up');
    await page.getByText('You need an invitation').waitFor();
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);

    await page.goto('/sign-up?invite=tok-456');
    await page.getByText('You have been invited').waitFor();
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(1);

    registration = 'closed';
    await page.goto('/sign-up');
    await page.getByText('This Daybook is not taking new accounts').waitFor();
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'I already have an account' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
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
