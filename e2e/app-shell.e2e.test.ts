import { describe, expect, test } from 'vitest';
import { createAccount, newIdentity, signUpSession } from './accounts.ts';
import { skipWithoutBrowser, type Session, type SessionOptions } from './fixtures.ts';
import { useBrowserSuite } from './suite.ts';

describe.skipIf(skipWithoutBrowser)('web app shell', () => {
  // Past the first-run page: this Daybook already has its administrator.
  const suite = useBrowserSuite((e2e) => createAccount(e2e, newIdentity('admin')).then(() => undefined));
  const open = (options?: SessionOptions): Promise<Session> => suite.open(options);

  /** A session signed in to a new account, for the private pages. */
  async function openSignedIn(options?: SessionOptions): Promise<Session> {
    const opened = await open(options);
    await signUpSession(suite.e2e, opened);
    return opened;
  }

  test('serves index.html with no inline script or style, and hashed assets as immutable', async () => {
    const response = await fetch(`${suite.e2e.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\//);
      expect(body?.trim()).toBe('');
    }
    // The theme script is in <head> and runs before the app bundle.
    expect(html.indexOf('src="/theme-init.js"')).toBeLessThan(html.indexOf('src="/assets/'));
    expect(html.indexOf('src="/theme-init.js"')).toBeLessThan(html.indexOf('</head>'));
    expect(html).not.toMatch(/\sstyle=|<style/);

    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const assetResponse = await fetch(`${suite.e2e.baseUrl}${asset}`);
    expect(assetResponse.status).toBe(200);
    expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const themeScript = await fetch(`${suite.e2e.baseUrl}/theme-init.js`);
    expect(themeScript.status).toBe(200);
    expect(themeScript.headers.get('cache-control')).toBe('no-cache');
  });

  test('loads the home page with navigation and the care disclaimer', async () => {
    const { page } = await openSignedIn();
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Daybook');
    expect(await page.title()).toBe('Home · Daybook');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Home', 'Journal', 'Check-ins', 'Money', 'Companion', 'Status']);
    expect(await nav.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    const footer = page.getByRole('contentinfo');
    expect(await footer.textContent()).toContain(
      'Daybook is not a substitute for professional care. If you are in crisis, contact local emergency services.',
    );
  });

  test('navigates to Status through the main navigation and shows the health data', async () => {
    const { page } = await open();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Welcome to Daybook' }).waitFor();
    // A marker that survives only a client-side navigation (a full reload would clear it).
    await page.evaluate(`window.__sameDocument = true`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Status' }).click();
    await page.waitForURL('**/status');
    await page.getByRole('heading', { name: 'System status', level: 1 }).waitFor();
    expect(await page.evaluate<boolean>(`window.__sameDocument === true`)).toBe(true);
    expect(await page.title()).toBe('System status · Daybook');
    expect(await page.getByRole('link', { name: 'Status' }).getAttribute('aria-current')).toBe('page');

    await page.getByRole('heading', { name: 'All systems normal' }).waitFor();
    const health = (await (await fetch(`${suite.e2e.baseUrl}/health`)).json()) as { version: string; database: string; instanceId: string };
    expect(health.database).toBe('sqlite');
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain(health.version);
    expect(await main.textContent()).toContain(health.instanceId);

    const databaseCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Database' }) });
    expect(await databaseCard.textContent()).toMatch(/sqlite/i);
    expect(await databaseCard.getByText('Up', { exact: true }).isVisible()).toBe(true);
    const redisCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Redis' }) });
    expect(await redisCard.getByText('Not configured', { exact: true }).isVisible()).toBe(true);
  });

  test('shows an error with a working retry button when /health fails', async () => {
    const { page, problems } = await open();
    let fail = true;
    await page.route('**/health', async (route) => {
      if (!fail) return route.continue();
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'OVERLOADED', message: 'The server is busy. Please try again shortly.', requestId: 'req-e2e-1' } }),
      });
    });
    await page.goto('/status');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('The server is busy. Please try again shortly.');
    expect(await alert.textContent()).toContain('req-e2e-1');

    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'All systems normal' }).waitFor();
    // The browser logs the deliberate 503s; nothing else may appear.
    const unexpected = problems.filter((problem) => !/503|Service Unavailable/.test(problem));
    problems.splice(0, problems.length, ...unexpected);
  });

  test('signed-out visitors see the public pages and a way to sign in', async () => {
    const { page } = await open();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Welcome to Daybook', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Home', 'Status']);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Create an account' }).isVisible()).toBe(true);
  });

  test('shows a friendly coming-soon panel for sections that are not built yet', async () => {
    const { page } = await openSignedIn();
    await page.goto('/');
    // Check-ins and the journal are built (their own e2e tests); the others are still growing.
    for (const name of ['Companion']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      expect(await page.getByRole('region', { name: `${name} is coming soon` }).isVisible()).toBe(true);
    }
  });

  test('shows the 404 page for unknown client routes', async () => {
    const { page } = await open();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('/no/such/page');
    expect(await page.title()).toBe('Page not found · Daybook');

    await page.getByRole('main').getByRole('link', { name: 'Back to home' }).click();
    await page.getByRole('heading', { name: 'Welcome to Daybook' }).waitFor();

    // A route change inside the running app (no request to the server) also lands on the 404 page.
    await page.evaluate(`history.pushState({}, '', '/somewhere/else'); dispatchEvent(new PopStateEvent('popstate'))`);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('/somewhere/else');
  });

  test('the skip link is the first stop for keyboard users and moves focus to the content', async () => {
    const { page } = await open();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Welcome to Daybook' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await page.evaluate<string>(`document.activeElement?.getAttribute('href') ?? ''`)).toBe('#main');
    // It slides into view on focus (a transition, instant under reduced motion but a frame late).
    await expect.poll(async () => {
      const box = await skip.boundingBox();
      return Boolean(box && box.width > 20 && box.height > 20 && box.y >= 0);
    }).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>(`document.activeElement?.id ?? ''`)).toBe('main');
  });

  test('on a phone the whole navigation stays reachable and nothing overflows sideways', async () => {
    const { page } = await openSignedIn({ viewport: 'phone' });
    await page.goto('/');
    await page.getByRole('heading', { name: 'Welcome to Daybook' }).waitFor();
    expect(await page.evaluate<boolean>(`document.documentElement.scrollWidth <= window.innerWidth`)).toBe(true);
    const status = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Status' });
    await status.click();
    await page.getByRole('heading', { name: 'System status', level: 1 }).waitFor();
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate<boolean>(`document.documentElement.scrollWidth <= window.innerWidth`)).toBe(true);
  });
});
