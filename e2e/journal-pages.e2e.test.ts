/**
 * The journal, insights, support and safety-plan screens at phone and desktop widths, in light and
 * dark, with a few weeks of entries: axe-core finds no serious or critical problems, nothing
 * overflows sideways, and a full-page screenshot of each lands in test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createAccount, newIdentity, signInSession, signUpSession, type Identity } from './accounts.ts';
import { isDark, openSession, saveScreenshot, seriousAxeViolations, skipWithoutBrowser, viewports, type ViewportName } from './fixtures.ts';
import { createEntry, crisisText, runJobs } from './journal-flows.ts';
import { useBrowserSuite } from './suite.ts';

interface ScreenCase {
  name: string;
  /** Whose screen: the person with a few weeks of entries, or the one who wrote about a crisis. */
  as: 'writer' | 'crisis';
  open(page: Page): Promise<void>;
  /** Only the viewport (e.g. a panel shown right after saving, with focus on it). */
  viewportOnly?: boolean;
}

let entryId = '';

const screens: ScreenCase[] = [
  {
    name: 'journal-list',
    as: 'writer',
    open: async (page) => {
      await page.goto('/journal');
      await page.getByRole('button', { name: 'Load more' }).waitFor();
    },
  },
  {
    name: 'journal-editor',
    as: 'writer',
    open: async (page) => {
      await page.goto('/journal/new');
      await page.getByLabel('Title (optional)').fill('A slower Sunday');
      await page.getByLabel('Your entry').fill('Slept in, then **coffee** on the balcony.\n\n- read a chapter\n- called Mum');
      await page.getByLabel('Tags', { exact: true }).fill('rest');
      await page.getByLabel('Tags', { exact: true }).press('Enter');
    },
  },
  {
    name: 'journal-entry',
    as: 'writer',
    open: async (page) => {
      await page.goto(`/journal/${entryId}`);
      await page.getByText('Something to try:', { exact: false }).waitFor();
    },
  },
  {
    name: 'journal-support-after-save',
    as: 'crisis',
    viewportOnly: true,
    open: async (page) => {
      await page.goto('/journal/new');
      await page.getByLabel('Your entry').fill(crisisText);
      await page.getByRole('button', { name: 'Save entry' }).click();
      await page.getByRole('region', { name: 'You are not alone' }).waitFor();
    },
  },
  {
    name: 'home-support-panel',
    as: 'crisis',
    open: async (page) => {
      await page.goto('/');
      await page.getByRole('region', { name: 'Support is here for you' }).waitFor();
    },
  },
  {
    name: 'insights',
    as: 'writer',
    open: async (page) => {
      await page.goto('/insights');
      await page.getByRole('img', { name: /^Mood in your journal/ }).waitFor();
      await page.getByText('On days tagged', { exact: false }).first().waitFor();
    },
  },
  {
    name: 'safety-plan',
    as: 'writer',
    open: async (page) => {
      await page.goto('/safety-plan');
      await page.getByLabel('Warning signs, item 1').waitFor();
    },
  },
];
const themes = ['light', 'dark'] as const;
const cases = screens.flatMap((screen) => (Object.keys(viewports) as ViewportName[]).flatMap((viewport) => themes.map((theme) => ({ ...screen, viewport, theme }))));

/** A yyyy-mm-dd date `back` days before today (UTC). */
const daysAgo = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(skipWithoutBrowser)('journal screens in every theme and width', () => {
  const people: Record<ScreenCase['as'], Identity> = { writer: newIdentity('robin'), crisis: newIdentity('ash') };
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
    const setup = await openSession(e2e);
    await signUpSession(e2e, setup, people.writer);
    // Three weeks of entries: walks on good days, so tags and mood have something to show.
    for (let back = 20; back >= 1; back -= 1) {
      const walk = back % 3 === 0;
      await createEntry(e2e, setup, {
        body: walk ? 'A long walk by the river. Felt lighter and calmer afterwards.' : 'A tiring day at work, a bit anxious about the deadline.',
        tags: walk ? ['walk', 'outside'] : ['work'],
        mood: walk ? 8 : 4 + (back % 2),
        entryDate: daysAgo(back),
      });
    }
    entryId = await createEntry(e2e, setup, {
      title: 'Lunch with Sam',
      body: 'Work was *busy* and a bit stressful, but lunch with **Sam** helped.\n\n> Small steps still count.\n\n1. Finish the report\n2. Go to bed early',
      tags: ['friends', 'work'],
      mood: 6,
      entryDate: daysAgo(0),
    });
    await setup.context.request.fetch(`${e2e.baseUrl}/api/v1/safety/plan`, {
      method: 'PUT',
      headers: { origin: e2e.baseUrl, 'x-requested-with': 'daybook', 'content-type': 'application/json' },
      data: { warningSigns: ['Not sleeping', 'Skipping meals'], copingSteps: ['Walk round the block'], peopleAndPlaces: [], peopleToAsk: ['Sam'], professionals: ['GP surgery'], safeEnvironment: [], reasonsToLive: ['My cat, Biscuit'] },
    });
    await runJobs(e2e);
    await setup.close();
    const crisis = await openSession(e2e);
    await signUpSession(e2e, crisis, people.crisis);
    await createEntry(e2e, crisis, { body: crisisText });
    await crisis.close();
  });

  test.each(cases)('$name at $viewport width in $theme theme', async ({ name, as, open, viewportOnly, viewport, theme }) => {
    const session = await suite.open({ viewport, theme });
    await signInSession(suite.e2e, session, people[as]);
    const { page } = session;
    await open(page);
    expect(await isDark(page)).toBe(theme === 'dark');
    expect(await page.evaluate<boolean>(`document.documentElement.scrollWidth <= window.innerWidth`)).toBe(true);
    await saveScreenshot(page, `${name}-${viewport}-${theme}`, { viewportOnly: viewportOnly ?? false });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
