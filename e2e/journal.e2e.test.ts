/**
 * The journal in a real browser: writing, finding, editing and deleting entries; entries that
 * try to run script render as inert text; the reflection appears after the analysis job runs;
 * an unsaved draft survives a reload.
 */
import { describe, expect, test } from 'vitest';
import { createAccount, newIdentity, signUpSession } from './accounts.ts';
import { onPath } from './auth-flows.ts';
import { skipWithoutBrowser } from './fixtures.ts';
import { createEntry, fillAndSaveEntry, runJobs, writeEntry } from './journal-flows.ts';
import { useBrowserSuite } from './suite.ts';

const entryPath = (url: URL) => /^\/journal\/[^/]+$/.test(url.pathname) && url.pathname !== '/journal/new';

describe.skipIf(skipWithoutBrowser)('journal', () => {
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
  });

  test('write an entry with tags and mood, find it by search and by tag, edit it, delete it', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await writeEntry(page, { title: 'Morning by the canal', body: 'A slow walk with **Juniper** before work.', tags: ['walk', '#Outside'], mood: 7 });
    await page.waitForURL(entryPath);
    await page.getByRole('heading', { name: 'Morning by the canal', level: 1 }).waitFor();
    expect(await page.getByRole('article').locator('strong').textContent()).toBe('Juniper');
    await page.getByText('Mood 7/10').waitFor();

    await page.goto('/journal');
    await page.getByLabel('Search').fill('juniper');
    await page.waitForURL((url) => url.searchParams.get('q') === 'juniper');
    await page.getByRole('link', { name: 'Morning by the canal' }).waitFor();
    await page.getByLabel('Search').fill('elephant');
    await page.getByText('No entries match.', { exact: false }).waitFor();

    await page.goto('/journal');
    await page.getByRole('link', { name: '#outside' }).click();
    await page.waitForURL((url) => url.searchParams.get('tag') === 'outside');
    await page.getByRole('link', { name: 'Morning by the canal' }).click();

    await page.getByRole('link', { name: 'Edit entry' }).click();
    await page.getByLabel('Title (optional)').fill('Evening by the canal');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('heading', { name: 'Evening by the canal', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Delete entry' }).click();
    await page.getByRole('dialog', { name: 'Delete this entry?' }).getByRole('button', { name: 'Delete entry' }).click();
    await page.waitForURL(onPath('/journal'));
    await page.getByText('Nothing here yet.', { exact: false }).waitFor();
  });

  test('stored script and HTML in an entry render as inert text', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(1)</script>';
    const body = [img, script, '[click](javascript:alert(1))', '<b onclick="alert(1)">bold?</b> <iframe src="javascript:alert(1)"></iframe>', '[a safe link](https://example.org/help)'].join('\n\n');
    const id = await createEntry(suite.e2e, session, { title: `${img}${script}`, body, tags: ['<img src=x onerror=alert(1)>'] });

    await page.goto('/journal');
    await page.getByRole('link', { name: `${img}${script}` }).waitFor();
    await page.goto(`/journal/${id}`);
    const article = page.getByRole('article');
    await article.getByText(script).waitFor();
    await article.getByText(img).waitFor();
    await article.getByText('[click](javascript:alert(1))').waitFor();
    await page.getByRole('heading', { name: `${img}${script}`, level: 1 }).waitFor();
    expect(await page.locator('main img, main script, main iframe, main b').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // Only the http(s) link became a link, and it cannot reach back into Daybook.
    expect(await article.getByRole('link').count()).toBe(1);
    const safe = article.getByRole('link', { name: 'a safe link' });
    expect(await safe.getAttribute('href')).toBe('https://example.org/help');
    expect(await safe.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    await page.getByRole('link', { name: 'Edit entry' }).click();
    await page.getByLabel('Your entry').waitFor();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('after saving, the entry shows a reflection from the software once the analysis has run', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await writeEntry(page, { body: 'Work was busy and a bit stressful, but I had lunch with a friend and felt calmer afterwards.', mood: 6 });
    await page.waitForURL(entryPath);
    await page.getByText('Reflecting on your entry', { exact: false }).waitFor();
    await runJobs(suite.e2e);
    const reflection = page.getByRole('region', { name: 'Reflection' });
    await reflection.getByText('Something to try:', { exact: false }).waitFor({ timeout: 10_000 });
    await reflection.getByText('Why it can help:').waitFor();
    await reflection.getByText('not a person', { exact: false }).waitFor();
    expect(await reflection.locator('ol li').count()).toBeGreaterThan(0);
  });

  test('an unsaved draft is offered back after a reload, and cleared on save', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/journal/new');
    await page.getByLabel('Your entry').fill('Half a thought about the weekend');
    await expect.poll(() => page.evaluate<boolean>(`Object.keys(localStorage).some((key) => key.startsWith('daybook-journal-draft:'))`)).toBe(true);
    await page.reload();
    await page.getByText('We brought back your unsaved draft').waitFor();
    expect(await page.getByLabel('Your entry').inputValue()).toBe('Half a thought about the weekend');
    await fillAndSaveEntry(page, { body: 'Half a thought about the weekend, finished.' });
    await page.waitForURL(entryPath);
    await page.goto('/journal/new');
    await page.getByLabel('Your entry').waitFor();
    expect(await page.getByText('We brought back your unsaved draft').count()).toBe(0);
    expect(await page.getByLabel('Your entry').inputValue()).toBe('');
  });
});
