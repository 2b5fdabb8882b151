/**
 * The money screens at phone and desktop widths, in light and dark, with half a year of data:
 * axe-core finds no serious or critical problems, nothing overflows sideways, and a full-page
 * screenshot of each lands in test-results/screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createAccount, newIdentity, signInSession, signUpSession, type Identity } from './accounts.ts';
import { isDark, openSession, saveScreenshot, seriousAxeViolations, skipWithoutBrowser, viewports, type ViewportName } from './fixtures.ts';
import { seedMoney, statementCsv, todayLocal } from './money-flows.ts';
import { useBrowserSuite } from './suite.ts';

interface ScreenCase {
  name: string;
  path: string;
  ready(page: Page): Promise<void>;
}

const screens: ScreenCase[] = [
  { name: 'money-transactions', path: '/money', ready: (page) => page.getByRole('table', { name: 'Transactions, newest first' }).getByText('Paddington Books', { exact: true }).waitFor() },
  { name: 'money-budgets', path: '/money/budgets', ready: (page) => page.getByRole('list', { name: /^Budgets for / }).getByText('Eating out', { exact: true }).waitFor() },
  { name: 'money-reports', path: '/money/reports', ready: (page) => page.getByRole('img', { name: /^Income and spending in GBP/ }).waitFor() },
  {
    name: 'money-import-check',
    path: '/money/import',
    ready: async (page) => {
      await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: statementCsv(todayLocal()) });
      await page.getByRole('button', { name: 'Upload and continue' }).click();
      await page.getByLabel('Amount (optional)').selectOption({ label: 'Amount' });
      await page.getByLabel('Currency', { exact: true }).fill('EUR');
      await page.getByRole('button', { name: 'Preview rows' }).click();
      await page.getByText('Repeated in this file').waitFor();
    },
  },
  { name: 'money-categories', path: '/money/categories', ready: (page) => page.getByRole('region', { name: 'Income' }).getByText('Salary', { exact: true }).first().waitFor() },
  { name: 'money-recurring', path: '/money/recurring', ready: (page) => page.getByText('Streamly', { exact: true }).waitFor() },
  {
    name: 'notifications-bell',
    path: '/money/budgets',
    ready: async (page) => {
      await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
      await page.getByRole('link', { name: /budget: \d+% used$/ }).first().waitFor();
    },
  },
  { name: 'notifications', path: '/notifications', ready: (page) => page.getByRole('list', { name: 'Notifications' }).getByText(/budget: \d+% used/).first().waitFor() },
];
const themes = ['light', 'dark'] as const;
const cases = screens.flatMap((screen) => (Object.keys(viewports) as ViewportName[]).flatMap((viewport) => themes.map((theme) => ({ ...screen, viewport, theme }))));

describe.skipIf(skipWithoutBrowser)('money screens in every theme and width', () => {
  let owner: Identity;
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
    owner = newIdentity('robin');
    const setup = await openSession(e2e);
    await signUpSession(e2e, setup, owner);
    await seedMoney(e2e, setup);
    await setup.close();
  });

  test.each(cases)('$name at $viewport width in $theme theme', async ({ name, path, ready, viewport, theme }) => {
    const session = await suite.open({ viewport, theme });
    await signInSession(suite.e2e, session, owner);
    const { page } = session;
    await page.goto(path);
    await ready(page);
    expect(await isDark(page)).toBe(theme === 'dark');
    expect(await page.evaluate<boolean>(`document.documentElement.scrollWidth <= window.innerWidth`)).toBe(true);
    await saveScreenshot(page, `${name}-${viewport}-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
