/**
 * Settings beyond the profile: where the account is signed in (and signing other devices out),
 * personal API keys (shown once, usable as a bearer token, revocable) and sharing check-ins and
 * money with another account, seen from both sides.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createAccount, iPhoneSafari, newIdentity, signInElsewhere, signUpSession } from './accounts.ts';
import { onPath, signInThroughForm } from './auth-flows.ts';
import { skipWithoutBrowser } from './fixtures.ts';
import { allowProblems, useBrowserSuite } from './suite.ts';

const section = (page: Page, name: RegExp | string) => page.getByRole('region', { name });
const sessionsSection = (page: Page) => section(page, /^Where you.re signed in/);

describe.skipIf(skipWithoutBrowser)('settings: sessions, API keys and sharing', () => {
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
  });

  test('the sessions list shows both browsers; signing the other out ends it there', async () => {
    // Signing up signs the other browser in; this one signs in through the form.
    const other = await suite.open({ viewport: 'phone' });
    const person = await signUpSession(suite.e2e, other, newIdentity('traveller'));
    await other.page.goto('/');
    await other.page.getByRole('heading', { name: 'Welcome to Daybook', level: 1 }).waitFor();

    const { page } = await suite.open();
    await page.goto('/sign-in');
    await signInThroughForm(page, person);
    await page.waitForURL(onPath('/'));
    await page.goto('/settings');
    const sessions = sessionsSection(page);
    const items = sessions.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.filter({ hasText: 'This device' }).count()).toBe(1);
    expect(await items.filter({ hasText: 'This device' }).textContent()).toMatch(/Chrome on Linux.*IP address 127\.0\.0\.1/);

    await sessions.getByRole('button', { name: /^Sign out Chrome on Linux/ }).click();
    await sessions.getByText('Chrome on Linux is signed out.').waitFor();
    await expect.poll(() => items.count()).toBe(1);

    // The other browser finds itself signed out as soon as it goes anywhere private.
    await other.page.goto('/settings');
    await other.page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/settings');
  });

  test('“Sign out everywhere else” asks first, and keeps this device signed in', async () => {
    const current = await suite.open();
    const { page } = current;
    const person = await signUpSession(suite.e2e, current, newIdentity('careful'));
    await signInElsewhere(suite.e2e, person, iPhoneSafari);
    await signInElsewhere(suite.e2e, person, 'curl/8.5.0');
    await page.goto('/settings');
    const sessions = sessionsSection(page);
    const items = sessions.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.filter({ hasText: 'Safari on iPhone' }).count()).toBe(1);
    expect(await items.filter({ hasText: 'curl (command line)' }).count()).toBe(1);

    // Escape closes the question without doing anything; focus goes back to the button.
    const button = sessions.getByRole('button', { name: 'Sign out everywhere else' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Sign out everywhere else?' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate<string>(`document.activeElement?.textContent ?? ''`)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate<string>(`document.activeElement?.textContent ?? ''`)).toBe('Sign out everywhere else');
    expect(await items.count()).toBe(3);

    await button.click();
    await dialog.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await sessions.getByText('You are signed out everywhere else.', { exact: false }).waitFor();
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('This device');
  });

  test('an API key is shown once, works as a bearer token, and stops working when revoked', async () => {
    const current = await suite.open();
    const { page } = current;
    const person = await signUpSession(suite.e2e, current, newIdentity('scripter'));
    await page.goto('/settings');
    const keys = section(page, 'API keys');
    await keys.getByText('You have no API keys.').waitFor();

    await keys.getByLabel('Name', { exact: true }).fill('Backup script');
    await keys.getByLabel('Write', { exact: true }).check();
    await keys.getByLabel(/^Expires after/).fill('30');
    await keys.getByRole('button', { name: 'Create key' }).click();
    const shown = keys.getByLabel('API key', { exact: true });
    await shown.waitFor();
    const key = (await shown.textContent())?.trim() ?? '';
    expect(key).toMatch(/^dbk_[\w-]{43}$/);
    expect(await keys.getByText('Copy it now: it won’t be shown again').isVisible()).toBe(true);
    const listed = keys.getByRole('list', { name: 'API keys' }).getByRole('listitem');
    await expect.poll(() => listed.count()).toBe(1);
    const row = (await listed.textContent()) ?? '';
    expect(row).toContain('Backup script');
    expect(row).toContain(`${key.slice(0, 10)}…`);
    expect(row).toMatch(/Read.*Write/);
    expect(row).toContain('Never used');
    expect(row).toMatch(/Expires \w/);

    const me = await fetch(`${suite.e2e.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe(person.email);

    // Once dismissed (or after a reload) the key itself is nowhere on the page.
    await keys.getByRole('button', { name: 'I have copied it' }).click();
    await page.reload();
    await listed.first().waitFor();
    expect(await page.content()).not.toContain(key);
    expect(await listed.textContent()).toContain('Last used just now');

    await keys.getByRole('button', { name: 'Revoke the key Backup script' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the key “Backup script”?' });
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await keys.getByText('You have no API keys.').waitFor();
    await keys.getByText('The key “Backup script” is revoked.', { exact: false }).waitFor();
    // Its row (and the button that had focus) is gone: focus lands on the message, not nowhere.
    await expect.poll(() => page.evaluate<string>(`document.activeElement?.textContent ?? ''`)).toContain('is revoked');
    const after = await fetch(`${suite.e2e.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(after.status).toBe(401);
  });

  test('sharing with another account as viewer, then editor, until they leave', async () => {
    const owner = await suite.open();
    const ownerIdentity = await signUpSession(suite.e2e, owner, newIdentity('owner'));
    const friend = await suite.open({ viewport: 'phone' });
    const friendIdentity = await signUpSession(suite.e2e, friend, newIdentity('friend'));

    await owner.page.goto('/settings');
    const sharing = section(owner.page, 'Sharing');
    expect(await sharing.textContent()).toContain('Sharing covers your check-ins and money only.');
    await sharing.getByText('You don’t share with anyone yet.').waitFor();

    // Nobody with that address: the server's message, at the field.
    const email = sharing.getByLabel('Their email address');
    await email.fill('nobody.here@example.org');
    await sharing.getByRole('button', { name: 'Share', exact: true }).click();
    await sharing.getByRole('alert').getByText('No account on this Daybook uses that email.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');

    await email.fill(friendIdentity.email);
    expect(await sharing.getByLabel('Viewer').isChecked()).toBe(true);
    await sharing.getByRole('button', { name: 'Share', exact: true }).click();
    const granted = sharing.getByRole('list', { name: 'People I share with' });
    await granted.getByText(friendIdentity.name, { exact: true }).waitFor();
    await sharing.getByText(`You now share with ${friendIdentity.name} as viewer.`).waitFor();

    // Sharing twice with the same person: the server's message again.
    await email.fill(friendIdentity.email);
    await sharing.getByRole('button', { name: 'Share', exact: true }).click();
    await sharing.getByRole('alert').getByText('You already share with this person. Change their role instead.').waitFor();

    await friend.page.goto('/settings');
    const received = section(friend.page, 'Sharing').getByRole('list', { name: 'Shared with me' });
    await received.getByText(ownerIdentity.name, { exact: true }).waitFor();
    expect(await received.textContent()).toContain('Viewer');
    expect(await received.textContent()).toContain('You can see their check-ins and money.');

    await sharing.getByLabel(`What ${friendIdentity.name} can do`).selectOption('editor');
    await sharing.getByText(`${friendIdentity.name} can now add and edit.`).waitFor();
    await friend.page.reload();
    await received.getByText('Editor', { exact: true }).waitFor();

    await received.getByRole('button', { name: `Leave what ${ownerIdentity.name} shares` }).click();
    const dialog = friend.page.getByRole('dialog', { name: `Leave what ${ownerIdentity.name} shares?` });
    await dialog.getByRole('button', { name: 'Leave', exact: true }).click();
    await section(friend.page, 'Sharing').getByText('Nobody shares with you yet.').waitFor();

    await owner.page.reload();
    await sharing.getByText('You don’t share with anyone yet.').waitFor();
    allowProblems(owner, /\b(404|409)\b|Not Found|Conflict/);
  });
});
