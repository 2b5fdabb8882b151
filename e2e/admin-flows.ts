/** What an administrator does in the admin console, as steps the end-to-end tests share. */
import type { Locator, Page } from 'playwright-core';
import { callApi, createAccount, newIdentity, type Identity } from './accounts.ts';
import type { E2E, Session } from './fixtures.ts';

/** A new invitation's token, made through the API by a signed-in administrator. */
export async function inviteToken(e2e: E2E, admin: Session, email?: string): Promise<string> {
  const { url } = await callApi(e2e, admin, 'POST', '/api/v1/admin/invites', email ? { email } : {});
  const token = new URL(String(url)).searchParams.get('invite');
  if (!token) throw new Error(`e2e: the invitation URL has no token: ${String(url)}`);
  return token;
}

/** Creates an account through an invitation (for a Daybook with REGISTRATION=invite). */
export async function createInvitedAccount(e2e: E2E, admin: Session, identity: Identity = newIdentity()): Promise<Identity> {
  return createAccount(e2e, identity, await inviteToken(e2e, admin));
}

/** The accounts table's row for someone (the row is named by its first cell: name and email). */
export function userRow(page: Page, identity: Identity): Locator {
  return page.getByRole('table', { name: /^Accounts/ }).getByRole('row', { name: new RegExp(identity.email.replace(/[.+]/g, '\\$&')) });
}

/** Types into the accounts search and waits until the table shows exactly that person. */
export async function findAccount(page: Page, identity: Identity): Promise<Locator> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(identity.email);
  const table = page.getByRole('table', { name: `Accounts matching “${identity.email}”` });
  await table.waitFor();
  await userRow(page, identity).waitFor();
  return userRow(page, identity);
}

/** Opens a row's Actions menu and picks an action. */
export async function chooseAction(row: Locator, identity: Identity, action: string): Promise<void> {
  await row.getByRole('button', { name: `Actions for ${identity.name}` }).click();
  await row.getByRole('button', { name: action, exact: true }).click();
}

/** Today in the browser's time zone, as a date input wants it (yyyy-mm-dd), with an offset in days. */
export function localDay(page: Page, offsetDays = 0): Promise<string> {
  return page.evaluate<string>(`(() => {
    const d = new Date(); d.setDate(d.getDate() + ${offsetDays});
    return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
  })()`);
}
