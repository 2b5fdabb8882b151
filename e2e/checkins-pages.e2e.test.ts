/**
 * The check-in screens at phone and desktop widths, in light and dark, with a few weeks of data:
 * axe-core finds no serious or critical problems, nothing overflows sideways, and a full-page
 * screenshot of each lands in test-results/screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createAccount, newIdentity, signInSession, signUpSession, type Identity } from './accounts.ts';
import { seedCheckins, shareCheckins, showCheckinsOf, waterRing } from './checkin-flows.ts';
import { isDark, openSession, saveScreenshot, seriousAxeViolations, skipWithoutBrowser, viewports, type ViewportName } from './fixtures.ts';
import { useBrowserSuite } from './suite.ts';

interface ScreenCase {
  name: string;
  path: string;
  /** Sign in as the viewer of the owner's check-ins instead of the owner. */
  asViewer?: boolean;
  ready(page: Page, owner: Identity): Promise<void>;
}

const screens: ScreenCase[] = [
  { name: 'checkins-home', path: '/', ready: (page) => waterRing(page, '750 of 2,000 ml today').waitFor() },
  {
    name: 'checkins-overview',
    path: '/check-ins',
    ready: async (page) => {
      await page.getByRole('img', { name: /^Mood over the last 7 days/ }).waitFor();
      await page.getByRole('img', { name: /^Water over the last 7 days/ }).waitFor();
    },
  },
  { name: 'checkins-history', path: '/check-ins?view=history', ready: (page) => page.getByText('A slow walk by the river helped.').waitFor() },
  {
    name: 'checkins-shared-view-only',
    path: '/check-ins',
    asViewer: true,
    ready: async (page, owner) => {
      await showCheckinsOf(page, owner);
      await page.getByText('View only', { exact: true }).waitFor();
      await page.getByRole('img', { name: /^Water over the last 7 days/ }).waitFor();
    },
  },
];
const themes = ['light', 'dark'] as const;
const cases = screens.flatMap((screen) => (Object.keys(viewports) as ViewportName[]).flatMap((viewport) => themes.map((theme) => ({ ...screen, viewport, theme }))));

describe.skipIf(skipWithoutBrowser)('check-in screens in every theme and width', () => {
  let owner: Identity;
  let viewer: Identity;
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
    owner = newIdentity('robin');
    viewer = newIdentity('sam');
    await createAccount(e2e, viewer);
    // The owner's data is made through a browser session's API calls (cookies, CSRF header).
    const setup = await openSession(e2e);
    await signUpSession(e2e, setup, owner);
    await seedCheckins(e2e, setup);
    await shareCheckins(e2e, setup, viewer.email, 'viewer');
    await setup.close();
  });

  test.each(cases)('$name at $viewport width in $theme theme', async ({ name, path, asViewer, ready, viewport, theme }) => {
    const session = await suite.open({ viewport, theme });
    await signInSession(suite.e2e, session, asViewer ? viewer : owner);
    const { page } = session;
    await page.goto(path);
    await ready(page, owner);
    expect(await isDark(page)).toBe(theme === 'dark');
    expect(await page.evaluate<boolean>(`document.documentElement.scrollWidth <= window.innerWidth`)).toBe(true);
    await saveScreenshot(page, `${name}-${viewport}-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
