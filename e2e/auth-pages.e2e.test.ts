/**
 * The sign-in, sign-up, two-factor and settings pages at phone and desktop widths, in light and
 * dark: no serious or critical axe-core findings, nothing overflows sideways, and a full-page
 * screenshot in test-results/screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createAccount, enableTwoFactor, newIdentity, signInSession, signUpSession, type Identity } from './accounts.ts';
import { fillSignUpForm } from './auth-flows.ts';
import { isDark, openSession, saveScreenshot, seriousAxeViolations, skipWithoutBrowser, viewports, type E2E, type Session, type ViewportName } from './fixtures.ts';
import { useBrowserSuite } from './suite.ts';

interface PageCase {
  name: string;
  /** Signs in, fills forms: whatever the page needs before its screenshot. */
  show(page: Page, session: Session): Promise<void>;
}

let twoFactorPerson: Identity;

async function withTwoFactor(e2e: E2E): Promise<void> {
  await createAccount(e2e, newIdentity('admin'));
  const setup = await openSession(e2e);
  try {
    twoFactorPerson = await signUpSession(e2e, setup, newIdentity('guarded'));
    await enableTwoFactor(e2e, setup, twoFactorPerson.password);
  } finally {
    await setup.close();
  }
}

describe.skipIf(skipWithoutBrowser)('account pages in every theme and width', () => {
  const suite = useBrowserSuite(withTwoFactor);

  const pages: PageCase[] = [
    {
      name: 'sign-in',
      show: async (page) => {
        await page.goto('/sign-in');
        await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
      },
    },
    {
      name: 'sign-up',
      show: async (page) => {
        await page.goto('/sign-up');
        await page.getByRole('heading', { name: 'Create your account', level: 1 }).waitFor();
        await fillSignUpForm(page, { name: 'Robin Ash', email: 'robin@example.org', password: 'marigold tuesday' });
        // zxcvbn has loaded and scored the password (not only the length rule).
        await page.getByText(/^(Easy to guess|Fair|Strong|Very strong)$/).waitFor();
      },
    },
    {
      name: 'two-factor',
      show: async (page, session) => {
        expect(await signInSession(suite.e2e, session, twoFactorPerson)).toEqual({ twoFactorRedirect: true });
        await page.goto('/sign-in/two-factor');
        await page.getByLabel('Authentication code').waitFor();
      },
    },
    {
      name: 'settings-two-factor',
      show: async (page, session) => {
        const person = await signUpSession(suite.e2e, session, newIdentity('settled'));
        await page.goto('/settings');
        const section = page.getByRole('region', { name: /Two-factor authentication/ });
        await section.getByRole('button', { name: 'Set up two-factor authentication' }).click();
        await section.getByLabel('Your password').fill(person.password);
        await section.getByRole('button', { name: 'Continue' }).click();
        const qr = section.getByRole('img', { name: /QR code/ });
        await qr.waitFor();
        const loaded = await qr.evaluate((image) => {
          const { complete, naturalWidth } = image as unknown as { complete: boolean; naturalWidth: number };
          return complete && naturalWidth > 0;
        });
        expect(loaded).toBe(true);
      },
    },
    {
      name: 'forgot-password',
      show: async (page) => {
        await page.goto('/forgot-password');
        await page.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
      },
    },
  ];
  const cases = pages.flatMap((pageCase) =>
    (Object.keys(viewports) as ViewportName[]).flatMap((viewport) => (['light', 'dark'] as const).map((theme) => ({ ...pageCase, viewport, theme }))),
  );

  test.each(cases)('$name at $viewport width in $theme theme', async ({ name, show, viewport, theme }) => {
    const session = await suite.open({ viewport, theme });
    const { page } = session;
    await show(page, session);
    expect(await isDark(page)).toBe(theme === 'dark');
    expect(await page.evaluate<boolean>(`document.documentElement.scrollWidth <= window.innerWidth`)).toBe(true);
    await saveScreenshot(page, `${name}-${viewport}-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
