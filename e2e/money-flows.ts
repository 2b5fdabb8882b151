/** What a person does with money, and money made through the API, as steps the end-to-end tests share. */
import type { Locator, Page } from 'playwright-core';
import { callApi } from './accounts.ts';
import type { E2E, Session } from './fixtures.ts';

export interface QuickEntry {
  kind?: 'expense' | 'income';
  amount: string;
  currency?: string;
  payee: string;
  /** A category's label in the drop-down, e.g. "Groceries". */
  category?: string;
}

/** The quick-add card on /money. */
export const quickAddCard = (page: Page): Locator => page.getByRole('region', { name: /^(Quick add|Add to .+’s money)$/ });

/** Fills the quick-add card and saves; waits for the "Added …" message. */
export async function quickAdd(page: Page, entry: QuickEntry): Promise<void> {
  const card = quickAddCard(page);
  await card.getByRole('radio', { name: entry.kind === 'income' ? 'Income' : 'Expense' }).check({ force: true });
  await card.getByLabel('Amount').fill(entry.amount);
  if (entry.currency) await card.getByLabel('Currency').fill(entry.currency);
  await card.getByLabel(entry.kind === 'income' ? 'Received from' : 'Paid to').fill(entry.payee);
  if (entry.category) await card.getByLabel('Category', { exact: true }).selectOption({ label: entry.category });
  await card.getByRole('button', { name: entry.kind === 'income' ? 'Add income' : 'Add expense' }).click();
  await page.getByText(new RegExp(`^Added [−+].* (to|from) ${entry.payee} on `)).waitFor();
}

/** Opens a section of the money page by its tab. */
export async function openMoneyTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Money sections' }).getByRole('link', { name, exact: true }).click();
}

/** The header bell: its accessible name carries the unread count. */
export const bell = (page: Page): Locator => page.getByRole('button', { name: /^Notifications/ });

/** A category's id by its name (built-in ones are made at sign-up). */
export async function categoryId(e2e: E2E, session: Session, name: string): Promise<string> {
  const { items } = (await callApi(e2e, session, 'GET', '/api/v1/money/categories')) as { items: Array<{ id: string; name: string }> };
  const found = items.find((category) => category.name === name);
  if (!found) throw new Error(`e2e: no category named ${name}`);
  return found.id;
}

/** yyyy-mm-dd, `months` months and `day` days into the month, counted from this month. */
export function dayInMonth(months: number, day: number): string {
  const now = new Date();
  const at = new Date(Date.UTC(now.getFullYear(), now.getMonth() + months, day));
  return at.toISOString().slice(0, 10);
}

/** Today on this machine (the browser's "today" too). */
export function todayLocal(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const addTransaction = (e2e: E2E, session: Session, body: Record<string, unknown>) => callApi(e2e, session, 'POST', '/api/v1/money/transactions', { currency: 'EUR', ...body });

/**
 * Half a year of money: pay and rent each month, groceries and cafés, a few pounds on a trip,
 * a grocery budget near its limit, and a monthly subscription, for the reports and screenshots.
 */
export async function seedMoney(e2e: E2E, session: Session): Promise<void> {
  const groceries = await categoryId(e2e, session, 'Groceries');
  const dining = await categoryId(e2e, session, 'Eating out');
  const housing = await categoryId(e2e, session, 'Housing (rent, mortgage)');
  const today = Number(todayLocal().slice(8, 10));
  for (let month = -5; month <= 0; month += 1) {
    const day = (wanted: number) => dayInMonth(month, month === 0 ? Math.min(wanted, today) : wanted);
    await addTransaction(e2e, session, { kind: 'income', amount: '2450.00', date: day(1), payee: 'Acme Ltd', account: 'Current account', tags: ['salary'] });
    await addTransaction(e2e, session, { kind: 'expense', amount: '950.00', date: day(2), payee: 'Harbour Lettings', categoryId: housing, account: 'Current account' });
    await addTransaction(e2e, session, { kind: 'expense', amount: String(180 + ((month + 5) * 23) % 70) + '.40', date: day(9), payee: 'Green Market', categoryId: groceries });
    await addTransaction(e2e, session, { kind: 'expense', amount: '14.80', date: day(12), payee: 'Corner Café', categoryId: dining, note: 'Lunch with Sam', tags: ['friends'] });
  }
  await addTransaction(e2e, session, { kind: 'expense', amount: '42.00', currency: 'GBP', date: dayInMonth(-1, 20), payee: 'Paddington Books', account: 'Travel card' });
  await callApi(e2e, session, 'POST', '/api/v1/money/budgets', { categoryId: groceries, amount: '250', currency: 'EUR' });
  await callApi(e2e, session, 'POST', '/api/v1/money/budgets', { categoryId: dining, amount: '60', currency: 'EUR' });
  await callApi(e2e, session, 'POST', '/api/v1/money/recurring', { kind: 'expense', amount: '9.99', currency: 'EUR', payee: 'Streamly', cadence: 'monthly', interval: 1, startDate: dayInMonth(1, 5) });
}

/** A small bank statement: Tesco repeats a transaction already in Daybook, the café appears twice. */
export function statementCsv(existingDate: string): Buffer {
  return Buffer.from(
    [
      'Date,Description,Amount',
      `${existingDate},Tesco,-12.50`,
      `${existingDate},Salary,2000.00`,
      `${existingDate},Cafe Nero,-3.20`,
      `${existingDate},Cafe Nero,-3.20`,
      `${existingDate},Bookshop,-18.99`,
    ].join('\n') + '\n',
  );
}
