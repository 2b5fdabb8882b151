/** What a person does on the sign-in pages, as steps the end-to-end tests share. */
import type { Page } from 'playwright-core';
import type { Identity } from './accounts.ts';

export const onPath = (path: string) => (url: URL) => url.pathname === path;

export const accountButton = (page: Page) => page.getByRole('button', { name: /^Account/ });

export async function fillSignUpForm(page: Page, identity: Identity): Promise<void> {
  await page.getByLabel('Name').fill(identity.name);
  await page.getByLabel('Email address').fill(identity.email);
  await page.getByLabel('Password', { exact: true }).fill(identity.password);
}

export async function signInThroughForm(page: Page, identity: Identity, keepSignedIn = false): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  await page.getByLabel('Email address').fill(identity.email);
  await page.getByLabel('Password', { exact: true }).fill(identity.password);
  if (keepSignedIn) await page.getByLabel('Keep me signed in').check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signOutThroughMenu(page: Page): Promise<void> {
  await accountButton(page).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(onPath('/sign-in'));
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
}
