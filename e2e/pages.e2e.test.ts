/**
 * Every page at phone and desktop widths, in light and dark: axe-core finds no serious or
 * critical accessibility problems (contrast included), nothing overflows sideways, and a
 * full-page screenshot lands in test-results/screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createAccount, newIdentity, signUpSession } from './accounts.ts';
import {
  isDark,
  saveScreenshot,
  seriousAxeViolations,
  skipWithoutBrowser,
  viewports,
  type ViewportName,
} from './fixtures.ts';
import { useBrowserSuite } from './suite.ts';

interface PageCase {
  name: string;
  path: string;
  ready(page: Page): Promise<void>;
  /** A private page: sign in to a new account first. */
  signedIn?: boolean;
}

const pages: PageCase[] = [
  { name: 'home', path: '/', ready: (page) => page.getByRole('heading', { name: 'Welcome to Daybook' }).waitFor() },
  { name: 'status', path: '/status', ready: (page) => page.getByRole('heading', { name: 'All systems normal' }).waitFor() },
  { name: 'coming-soon', path: '/companion', signedIn: true, ready: (page) => page.getByRole('heading', { name: 'Companion', level: 1 }).waitFor() },
  { name: '404', path: '/this-page-does-not-exist', ready: (page) => page.getByRole('heading', { name: 'Page not found' }).waitFor() },
];
const themes = ['light', 'dark'] as const;
const cases = pages.flatMap((pageCase) =>
  (Object.keys(viewports) as ViewportName[]).flatMap((viewport) => themes.map((theme) => ({ ...pageCase, viewport, theme }))),
);

describe.skipIf(skipWithoutBrowser)('pages in every theme and width', () => {
  // Past the first-run page: this Daybook already has its administrator.
  const suite = useBrowserSuite((e2e) => createAccount(e2e, newIdentity('admin')).then(() => undefined));

  test.each(cases)('$name at $viewport width in $theme theme', async ({ name, path, ready, signedIn, viewport, theme }) => {
    const session = await suite.open({ viewport, theme });
    if (signedIn) await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto(path);
    await ready(page);
    expect(await isDark(page)).toBe(theme === 'dark');
    expect(await page.evaluate<boolean>(`document.documentElement.scrollWidth <= window.innerWidth`)).toBe(true);
    await saveScreenshot(page, `${name}-${viewport}-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
