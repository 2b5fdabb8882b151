/**
 * Money: quick add with a category suggestion the person applies, filters, a budget whose 80% and
 * 100% alerts reach the header's bell, a bank CSV through the import wizard (duplicates flagged),
 * a file that is not CSV, reports, categories, repeating items, and a viewer's read-only view.
 */
import { describe, expect, test } from 'vitest';
import { callApi, createAccount, newIdentity, signUpSession } from './accounts.ts';
import { skipWithoutBrowser } from './fixtures.ts';
import { runJobs } from './journal-flows.ts';
import { addTransaction, bell, categoryId, openMoneyTab, quickAdd, quickAddCard, seedMoney, statementCsv, todayLocal } from './money-flows.ts';
import { allowProblems, useBrowserSuite } from './suite.ts';

describe.skipIf(skipWithoutBrowser)('money', () => {
  const suite = useBrowserSuite(async (e2e) => {
    await createAccount(e2e, newIdentity('admin'));
  });

  test('quick add an expense (applying the suggested category) and an income, then filter', async () => {
    const session = await suite.open({ viewport: 'phone' });
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/money');
    await page.getByText('No transactions yet.', { exact: false }).waitFor();

    const card = quickAddCard(page);
    await card.getByLabel('Currency').fill('EUR');
    await card.getByLabel('Amount').fill('12.345');
    await card.getByLabel('Paid to').fill('Tesco');
    // The suggestion is offered, never applied by itself.
    const chip = card.getByRole('button', { name: /^Suggested: Groceries/ });
    await chip.waitFor();
    expect(await card.getByLabel('Category', { exact: true }).inputValue()).toBe('');
    await card.getByRole('button', { name: 'Add expense' }).click();
    await card.getByText('EUR amounts have at most 2 decimals.').first().waitFor();
    await card.getByLabel('Amount').fill('12.50');
    await chip.click();
    expect(await card.getByLabel('Category', { exact: true }).locator('option:checked').textContent()).toBe('Groceries');
    await card.getByRole('button', { name: 'Add expense' }).click();
    await page.getByText(/^Added −€12\.50 to Tesco on /).waitFor();

    await quickAdd(page, { kind: 'income', amount: '2000', currency: 'EUR', payee: 'Acme Ltd' });
    const table = page.getByRole('table', { name: 'Transactions, newest first' });
    await table.getByText('+€2,000.00 income', { exact: true }).waitFor();
    await table.getByText('−€12.50 expense', { exact: true }).waitFor();
    expect(await table.getByText('Groceries', { exact: true }).count()).toBe(1);

    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Income' });
    await table.getByText('−€12.50 expense', { exact: true }).waitFor({ state: 'detached' });
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Expenses and income' });
    await page.getByLabel('Payee', { exact: true }).fill('tes');
    await table.getByText('+€2,000.00 income', { exact: true }).waitFor({ state: 'detached' });
    await table.getByText('−€12.50 expense', { exact: true }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'transaction shown' }).textContent()).toContain('1 transaction shown');
    allowProblems(session, /\b400\b|Bad Request/);
  });

  test('a budget passes 80% and then 100%: both alerts reach the bell', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/money/budgets');
    await page.getByText('No budgets yet.', { exact: false }).waitFor();
    const form = page.getByRole('region', { name: 'Add a budget' });
    await form.getByLabel('Category').selectOption({ label: 'Groceries' });
    await form.getByLabel('Monthly limit').fill('100');
    await form.getByLabel('Currency').fill('EUR');
    await form.getByRole('button', { name: 'Add budget' }).click();
    await page.getByText('Budget added.').waitFor();
    await page.getByText('€0.00 of €100.00 spent').waitFor();
    expect(await bell(page).getAttribute('aria-label')).toBe('Notifications');

    await openMoneyTab(page, 'Transactions');
    await quickAdd(page, { amount: '85', currency: 'EUR', payee: 'Green Market', category: 'Groceries' });
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    await quickAdd(page, { amount: '20', payee: 'Green Market', category: 'Groceries' });
    await page.getByRole('button', { name: 'Notifications, 2 unread' }).waitFor();

    await bell(page).click();
    await page.getByRole('link', { name: 'Groceries budget: 100% reached' }).waitFor();
    await page.getByRole('link', { name: 'Groceries budget: 80% used' }).waitFor();
    await page.getByRole('link', { name: 'Groceries budget: 100% reached' }).click();
    await page.getByRole('heading', { name: /^Budgets for / }).waitFor();
    await page.getByText('Over budget', { exact: true }).first().waitFor();
    await page.getByRole('main').getByText('€105.00 of €100.00 spent').first().waitFor();
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();

    await page.goto('/notifications');
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
  });

  test('import a bank CSV: map columns, duplicates flagged and left out, commit, see the rows', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const day = todayLocal();
    await addTransaction(suite.e2e, session, { kind: 'expense', amount: '12.50', date: day, payee: 'Tesco' });
    const { page } = session;
    await page.goto('/money/import');
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: statementCsv(day) });
    await page.getByRole('button', { name: 'Upload and continue' }).click();
    await page.getByRole('heading', { name: 'Step 2 of 4: Match the columns' }).waitFor();
    // The server's guess is shown; the person can change it.
    expect(await page.getByLabel('Date', { exact: true }).locator('option:checked').textContent()).toBe('Date');
    expect(await page.getByLabel('Payee or description').locator('option:checked').textContent()).toBe('Description');
    await page.getByLabel('Amount (optional)').selectOption({ label: 'Amount' });
    await page.getByLabel('Currency', { exact: true }).fill('EUR');
    await page.getByRole('button', { name: 'Preview rows' }).click();

    await page.getByRole('heading', { name: 'Step 3 of 4: Check the rows' }).waitFor();
    const rows = page.getByRole('region', { name: /^Rows to import/ });
    await rows.getByText('Already in Daybook').waitFor();
    await rows.getByText('Repeated in this file').waitFor();
    expect(await rows.getByRole('checkbox', { name: /^Import line 2: Tesco/ }).isChecked()).toBe(false);
    expect(await rows.getByRole('checkbox', { name: /^Import line 5: Cafe Nero/ }).isChecked()).toBe(false);
    expect(await rows.getByRole('checkbox', { name: /^Import line 4: Cafe Nero/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Import 3 transactions' }).click();
    await page.getByRole('heading', { name: 'Step 4 of 4: Importing' }).waitFor();
    await runJobs(suite.e2e);
    await page.getByText('3 transactions imported from statement.csv.').waitFor({ timeout: 10_000 });
    await page.getByRole('link', { name: 'See the transactions' }).click();
    const table = page.getByRole('table', { name: 'Transactions, newest first' });
    await table.getByText('Bookshop', { exact: true }).waitFor();
    await table.getByText('+€2,000.00 income', { exact: true }).waitFor();
    expect(await table.getByText('Cafe Nero', { exact: true }).count()).toBe(1);
    expect(await table.getByText('Tesco', { exact: true }).count()).toBe(1);
  });

  test('a file that is not CSV text is refused with a clear message, and nothing is imported', async () => {
    const session = await suite.open({ viewport: 'phone' });
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/money/import');
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]) });
    await page.getByRole('button', { name: 'Upload and continue' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported.' });
    await alert.getByText('This does not look like a CSV text file').waitFor();
    await expect.poll(() => page.evaluate<string | null>(`document.activeElement?.getAttribute('role') ?? null`)).toBe('alert');
    const { items } = (await callApi(suite.e2e, session, 'GET', '/api/v1/money/transactions')) as { items: unknown[] };
    expect(items).toEqual([]);
    allowProblems(session, /\b415\b|Unsupported Media Type/);
  });

  test('reports: charts per currency, never added together', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    await seedMoney(suite.e2e, session);
    const { page } = session;
    await page.goto('/money/reports');
    await page.getByRole('heading', { name: 'In EUR' }).waitFor();
    await page.getByRole('heading', { name: 'In GBP' }).waitFor();
    await page.getByRole('img', { name: /^Income and spending in EUR over 6 months: €14,700\.00 in/ }).waitFor();
    await page.getByRole('img', { name: /^Income and spending in GBP over 6 months: £0\.00 in, £42\.00 out/ }).waitFor();
    await page.getByRole('button', { name: '12 months' }).click();
    await page.getByRole('img', { name: /^Income and spending in EUR over 12 months/ }).waitFor();
    expect(page.url()).toContain('months=12');
  });

  test('categories: a custom sub-category, used in a transaction, then archived instead of deleted', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/money/categories');
    const form = page.getByRole('region', { name: 'Add a category' });
    await form.getByLabel('Name').fill('Coffee');
    await form.getByLabel('Inside').selectOption({ label: 'Eating out' });
    await form.getByRole('button', { name: 'Add category' }).click();
    await page.getByText('Added Coffee.').waitFor();
    const spending = page.getByRole('region', { name: 'Spending' });
    await spending.getByText('(inside Eating out)').waitFor();

    const coffee = await categoryId(suite.e2e, session, 'Coffee');
    await addTransaction(suite.e2e, session, { kind: 'expense', amount: '3.10', date: todayLocal(), payee: 'Kiosk', categoryId: coffee });
    await spending.getByRole('button', { name: 'Actions for Coffee' }).click();
    await spending.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog', { name: 'Delete this category?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('Coffee is in use, so it was archived instead of deleted.').waitFor();
    expect(await spending.getByText('Coffee', { exact: true }).count()).toBe(0);
    await page.getByLabel('Show archived').check();
    await spending.getByText('Archived', { exact: true }).waitFor();
  });

  test('repeating items: add a monthly one, pause and resume it', async () => {
    const session = await suite.open();
    await signUpSession(suite.e2e, session);
    const { page } = session;
    await page.goto('/money/recurring');
    await page.getByText('Nothing repeats yet.', { exact: false }).waitFor();
    const form = page.getByRole('region', { name: 'Add a repeating item' });
    await form.getByLabel('Amount').fill('9.99');
    await form.getByLabel('Currency').fill('EUR');
    await form.getByLabel('Paid to').fill('Streamly');
    await form.getByRole('button', { name: 'Add repeating item' }).click();
    await page.getByText(/^Added Streamly, −€9\.99 every month\.$/).waitFor();
    await page.getByRole('button', { name: /^Pause Streamly/ }).click();
    await page.getByText(/^Paused Streamly/).waitFor();
    await page.getByText('Paused', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Resume Streamly/ }).click();
    await page.getByText(/^Resumed Streamly/).waitFor();
  });

  test('shared money: a viewer sees the owner’s transactions and budgets but cannot change them', async () => {
    const owner = await suite.open();
    await signUpSession(suite.e2e, owner, newIdentity('owner'));
    const friend = await suite.open({ viewport: 'phone' });
    const friendIdentity = await signUpSession(suite.e2e, friend, newIdentity('friend'));
    await seedMoney(suite.e2e, owner);
    await callApi(suite.e2e, owner, 'POST', '/api/v1/sharing', { email: friendIdentity.email, role: 'viewer' });

    const { page } = friend;
    await page.goto('/money');
    await page.getByLabel('Whose money').selectOption({ index: 1 });
    await page.getByText('View only', { exact: true }).waitFor();
    await page.getByRole('table', { name: 'Transactions, newest first' }).getByText('Harbour Lettings').first().waitFor();
    expect(await quickAddCard(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Import', exact: true }).count()).toBe(0);
    await openMoneyTab(page, 'Budgets');
    await page.getByRole('list', { name: /^Budgets for / }).getByText('Groceries', { exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Add a budget' }).count()).toBe(0);
  });
});
