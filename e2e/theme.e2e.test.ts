import { describe, expect, test } from 'vitest';
import { newIdentity, signUpSession } from './accounts.ts';
import { isDark, skipWithoutBrowser, themeStorageKey, type Session, type SessionOptions } from './fixtures.ts';
import { useBrowserSuite } from './suite.ts';

describe.skipIf(skipWithoutBrowser)('colour theme', () => {
  const suite = useBrowserSuite();
  const open = (options?: SessionOptions): Promise<Session> => suite.open(options);

  const toggle = (session: Session, name: string) => session.page.getByRole('group', { name: 'Colour theme' }).getByRole('button', { name });

  test('follows the system preference until the person chooses', async () => {
    const dark = await open({ colorScheme: 'dark' });
    await dark.page.goto('/');
    expect(await isDark(dark.page)).toBe(true);
    expect(await toggle(dark, 'Match system theme').getAttribute('aria-pressed')).toBe('true');
    await dark.close();
    expect(dark.problems).toEqual([]);

    const light = await open({ colorScheme: 'light' });
    await light.page.goto('/');
    expect(await isDark(light.page)).toBe(false);
  });

  test('the toggle switches the dark class and the choice survives a reload', async () => {
    const current = await open({ colorScheme: 'light' });
    const { page } = current;
    await page.goto('/status');
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    expect(await isDark(page)).toBe(false);

    await toggle(current, 'Dark theme').click();
    expect(await isDark(page)).toBe(true);
    expect(await toggle(current, 'Dark theme').getAttribute('aria-pressed')).toBe('true');
    expect(await toggle(current, 'Light theme').getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(themeStorageKey)})`)).toBe('dark');

    await page.reload();
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    expect(await isDark(page)).toBe(true);
    expect(await toggle(current, 'Dark theme').getAttribute('aria-pressed')).toBe('true');

    await toggle(current, 'Light theme').click();
    expect(await isDark(page)).toBe(false);
    await page.reload();
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    expect(await isDark(page)).toBe(false);
  });

  test('on a phone one button steps through light, dark and system, and the header stays one row above the navigation', async () => {
    const current = await open({ colorScheme: 'light', viewport: 'phone' });
    const { page } = current;
    // Signed in, the header holds the most: brand, theme, notifications and the account menu.
    await signUpSession(suite.e2e, current, newIdentity('phone'));
    await page.goto('/status');
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    expect(await page.getByRole('group', { name: 'Colour theme' }).isVisible()).toBe(false);
    const step = page.getByRole('button', { name: /^Colour theme: / });

    expect(await step.getAttribute('aria-label')).toBe('Colour theme: Match system theme. Switch to Light theme');
    await step.click();
    expect(await isDark(page)).toBe(false);
    await step.click();
    expect(await isDark(page)).toBe(true);
    expect(await step.getAttribute('aria-label')).toBe('Colour theme: Dark theme. Switch to Match system theme');
    await page.reload();
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    expect(await isDark(page)).toBe(true);

    const top = async (locator: ReturnType<typeof page.locator>) => (await locator.boundingBox())?.y ?? Number.NaN;
    const brandTop = await top(page.getByRole('link', { name: 'Daybook' }).first());
    expect(Math.abs((await top(step)) - brandTop)).toBeLessThan(12);
    expect(Math.abs((await top(page.getByRole('button', { name: /^Account: / }))) - brandTop)).toBeLessThan(12);
  });

  test('the saved theme is applied by /theme-init.js alone, before the app runs', async () => {
    const current = await open({ colorScheme: 'light', theme: 'dark' });
    const { page, problems } = current;
    // Without the app bundle, only the blocking head script can have set the class.
    await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
    await page.goto('/');
    expect(await isDark(page)).toBe(true);
    expect(await page.evaluate<number>(`document.getElementById('root').childElementCount`)).toBe(0);
    // The deliberately blocked bundle is reported by the browser; nothing else may be.
    const unexpected = problems.filter((problem) => !/\/assets\/.*\.js|ERR_BLOCKED_BY_CLIENT/.test(problem));
    problems.splice(0, problems.length, ...unexpected);
  });
});
