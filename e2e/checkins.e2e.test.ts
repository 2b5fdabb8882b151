/**
 * Check-ins: the two-tap mood check-in and the water ring on the home page, the history, live
 * updates between two browsers of the same account, another account's check-ins shared as viewer
 * and then editor, and the settings (an unknown time zone gets the server's message).
 */
import { describe, expect, test } from 'vitest';
import { callApi, createAccount, newIdentity, signInSession, signUpSession } from './accounts.ts';
import { quickAddWater, shareCheckins, showCheckinsOf, waterRing } from './checkin-flows.ts';
import { skipWithoutBrowser } from './fixtures.ts';
import { allowProblems, useBrowserSuite } from './suite.ts';

describe.skipIf(skipWithoutBrowser)('check-ins', () => {
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
  });

  test('a two-tap mood check-in from home appears in the history', async () => {
    const session = await suite.open({ viewport: 'phone' });
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/');
    const checkIn = page.getByRole('region', { name: 'How are you feeling?' });
    await checkIn.getByRole('button', { name: '7, good' }).click();
    expect(await checkIn.getByRole('button', { name: '7, good' }).getAttribute('aria-pressed')).toBe('true');
    await checkIn.getByRole('button', { name: 'Save', exact: true }).click();
    await checkIn.getByText('Check-in saved').waitFor();

    await page.getByRole('link', { name: 'Trends and history' }).click();
    await page.getByRole('heading', { name: 'Check-ins', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Check-in sections' }).getByRole('link', { name: 'History' }).click();
    const moods = page.getByRole('region', { name: 'Mood check-ins' });
    await moods.getByRole('listitem').getByText('Mood 7, good', { exact: true }).first().waitFor();
    expect(await moods.getByRole('status').first().textContent()).toContain('1 mood check-in shown');
  });

  test('the optional note step, then editing and deleting the entry in the history', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/');
    const checkIn = page.getByRole('region', { name: 'How are you feeling?' });
    await checkIn.getByRole('button', { name: '4, a bit low' }).click();
    await checkIn.getByRole('button', { name: 'Add a note' }).click();
    await checkIn.getByLabel('Note (optional)').fill('Long day at work.');
    await checkIn.getByLabel('Emotions (optional)').fill('Tired, hopeful');
    await checkIn.getByRole('button', { name: 'Save', exact: true }).click();
    await checkIn.getByText('Check-in saved').waitFor();

    await page.goto('/check-ins?view=history');
    const moods = page.getByRole('region', { name: 'Mood check-ins' });
    await moods.getByText('Long day at work.').waitFor();
    expect(await moods.textContent()).toContain('tired · hopeful');
    await moods.getByRole('button', { name: 'Edit Mood 4, a bit low' }).click();
    await moods.getByLabel('Mood', { exact: true }).selectOption('6');
    await moods.getByRole('button', { name: 'Save changes' }).click();
    await moods.getByText('Saved mood 6, fair.').waitFor();
    await moods.getByRole('button', { name: 'Edit Mood 6, fair' }).waitFor();

    await moods.getByRole('button', { name: 'Delete Mood 6, fair' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this mood check-in?' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await moods.getByText('No mood check-ins yet.').waitFor();
  });

  test('water quick-add fills the ring, and its accessible text says how much', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/');
    await waterRing(page, '0 of 2,000 ml today').waitFor();
    await quickAddWater(page, '500 ml');
    await quickAddWater(page, '250 ml');
    await waterRing(page, '750 of 2,000 ml today').waitFor();
  });

  test('live: water logged in one browser appears in the other within a second, without reloading', async () => {
    const first = await suite.open();
    const person = await signUpSession(suite.e2e, first);
    const second = await suite.open({ viewport: 'phone' });
    await signInSession(suite.e2e, second, person);
    await second.page.goto('/');
    await waterRing(second.page, '0 of 2,000 ml today').waitFor();
    await first.page.goto('/');
    await waterRing(first.page, '0 of 2,000 ml today').waitFor();
    // Let the second browser's stream connect before the change it should hear about.
    await second.page.waitForTimeout(300);

    await quickAddWater(first.page, '330 ml');
    await waterRing(second.page, '330 of 2,000 ml today').waitFor({ timeout: 3000 });
  });

  test('shared check-ins: a viewer sees them read-only; as editor they can add water for the owner', async () => {
    const owner = await suite.open();
    const ownerIdentity = await signUpSession(suite.e2e, owner, newIdentity('owner'));
    const friend = await suite.open({ viewport: 'phone' });
    const friendIdentity = await signUpSession(suite.e2e, friend, newIdentity('friend'));
    await callApi(suite.e2e, owner, 'POST', '/api/v1/checkins/water', { amountMl: 500 });
    await callApi(suite.e2e, owner, 'POST', '/api/v1/checkins/mood', { score: 8 });
    const grantId = await shareCheckins(suite.e2e, owner, friendIdentity.email, 'viewer');

    const { page } = friend;
    await page.goto('/check-ins');
    await showCheckinsOf(page, ownerIdentity);
    await page.getByText('View only', { exact: true }).waitFor();
    await waterRing(page, '500 of 2,000 ml today').waitFor();
    expect(await page.getByRole('button', { name: /^Add \d/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: /feeling\?$/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Settings', exact: true }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Check-in sections' }).getByRole('link', { name: 'History' }).click();
    await page.getByRole('region', { name: 'Mood check-ins' }).getByText('Mood 8, quite good', { exact: true }).first().waitFor();
    await page.getByRole('region', { name: 'Water' }).getByText('500 ml', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);

    await callApi(suite.e2e, owner, 'PATCH', `/api/v1/sharing/${grantId}`, { role: 'editor' });
    await page.goto('/check-ins');
    await showCheckinsOf(page, ownerIdentity);
    await page.getByText('Editor', { exact: true }).waitFor();
    await page.getByRole('region', { name: `How is ${ownerIdentity.name} feeling?` }).waitFor();
    await quickAddWater(page, '250 ml');
    await waterRing(page, '750 of 2,000 ml today').waitFor();
    const mine = await callApi(suite.e2e, owner, 'GET', '/api/v1/checkins/water');
    expect((mine.items as Array<{ amountMl: number }>).map((item) => item.amountMl)).toEqual([250, 500]);
  });

  test('settings: time zone and goal; an unknown time zone gets the server’s message', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/check-ins?view=settings');
    const settings = page.getByRole('region', { name: 'Check-in settings' });
    const timeZone = settings.getByLabel('Time zone');
    await timeZone.fill('Mars/Olympus_Mons');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByRole('alert').getByText('Unknown time zone. Use a name such as Europe/London.').waitFor();
    expect(await timeZone.getAttribute('aria-invalid')).toBe('true');

    await timeZone.fill('Asia/Tokyo');
    await settings.getByLabel('Daily water goal (ml)').fill('2500');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Your check-in settings are saved.').waitFor();
    const saved = await callApi(suite.e2e, session, 'GET', '/api/v1/checkins/settings');
    expect(saved).toMatchObject({ timeZone: 'Asia/Tokyo', waterGoalMl: 2500, waterUnit: 'ml' });

    await settings.getByLabel('US fluid ounces (fl oz)').check();
    expect(await settings.getByLabel('Daily water goal (fl oz)').inputValue()).toBe('84.5');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Your check-in settings are saved.').waitFor();
    await page.goto('/');
    await waterRing(page, '0 of 84.5 fl oz today').waitFor();
    expect(await page.getByRole('link', { name: 'Download CSV' }).count()).toBe(0);
    allowProblems(session, /\b400\b|Bad Request/);
  });
});
