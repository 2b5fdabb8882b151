/**
 * Accounts for end-to-end tests: made through the API (fast, for tests about something else) or
 * read back from the server's outbox, and TOTP codes computed the way an authenticator app does.
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { E2E, Session } from './fixtures.ts';

export interface Identity {
  name: string;
  email: string;
  password: string;
}

let counter = 0;

/** A fresh, valid identity: unique email and a long password of unrelated words. */
export function newIdentity(prefix = 'person'): Identity {
  counter += 1;
  const tag = randomBytes(3).toString('hex');
  return { name: `${prefix[0]?.toUpperCase()}${prefix.slice(1)} ${counter}`, email: `${prefix}.${counter}.${tag}@example.org`, password: `quiet harbour ${tag} lantern` };
}

/** What the browser's own fetches send; better-auth checks the Origin against PUBLIC_URL. */
function apiHeaders(e2e: E2E): Record<string, string> {
  return { origin: e2e.baseUrl, 'x-requested-with': 'daybook', 'content-type': 'application/json' };
}

/**
 * Creates an account without a browser (the very first one becomes the administrator). `invite`
 * is an invitation link's token, for a Daybook that only registers invited people.
 */
export async function createAccount(e2e: E2E, identity: Identity = newIdentity(), invite?: string): Promise<Identity> {
  const headers = { ...apiHeaders(e2e), ...(invite ? { 'x-daybook-invite': invite } : {}) };
  const response = await fetch(`${e2e.baseUrl}/api/auth/sign-up/email`, { method: 'POST', headers, body: JSON.stringify(identity) });
  if (!response.ok) throw new Error(`e2e: sign-up failed: ${response.status} ${await response.text()}`);
  return identity;
}

/** Calls the API as the browser session would (its cookies, Origin and CSRF header); throws unless 2xx. */
export async function callApi(e2e: E2E, session: Session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown): Promise<Record<string, unknown>> {
  const response = await session.context.request.fetch(`${e2e.baseUrl}${path}`, { method, headers: apiHeaders(e2e), ...(data === undefined ? {} : { data }) });
  if (!response.ok()) throw new Error(`e2e: ${method} ${path} failed: ${response.status()} ${await response.text()}`);
  const text = await response.text();
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const post = (e2e: E2E, session: Session, path: string, data: unknown) => callApi(e2e, session, 'POST', path, data);

/** Creates an account and signs the browser session into it (the cookie lands in its context). */
export async function signUpSession(e2e: E2E, session: Session, identity: Identity = newIdentity()): Promise<Identity> {
  await post(e2e, session, '/api/auth/sign-up/email', identity);
  return identity;
}

/** Signs the browser session in; answers whether the server now wants a second factor. */
export async function signInSession(e2e: E2E, session: Session, identity: Identity): Promise<{ twoFactorRedirect: boolean }> {
  const body = await post(e2e, session, '/api/auth/sign-in/email', { email: identity.email, password: identity.password });
  return { twoFactorRedirect: body.twoFactorRedirect === true };
}

/** Signs in from outside the browser, as another device would (its own User-Agent); the session is left open. */
export async function signInElsewhere(e2e: E2E, identity: Identity, userAgent: string): Promise<void> {
  const response = await fetch(`${e2e.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { ...apiHeaders(e2e), 'user-agent': userAgent },
    body: JSON.stringify({ email: identity.email, password: identity.password }),
  });
  if (!response.ok) throw new Error(`e2e: sign-in failed: ${response.status} ${await response.text()}`);
}

export const iPhoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

/** The current code for a base32 secret, as an authenticator app shows it (SHA-1, 6 digits, 30 s). */
export function totpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

/** Turns two-factor on for the signed-in session through the API; returns the secret. */
export async function enableTwoFactor(e2e: E2E, session: Session, password: string): Promise<string> {
  const { totpURI } = await post(e2e, session, '/api/auth/two-factor/enable', { password });
  const secret = new URL(String(totpURI)).searchParams.get('secret');
  if (!secret) throw new Error('e2e: the TOTP URI has no secret');
  await post(e2e, session, '/api/auth/two-factor/verify-totp', { code: totpCode(secret) });
  return secret;
}

/** The first link in the newest mail to `email` whose text matches `pattern`. */
export function linkFromMail(e2e: E2E, email: string, pattern: RegExp): string {
  const mail = [...e2e.outbox].reverse().find((message) => message.to === email && pattern.test(message.text));
  const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`e2e: no mail to ${email} matching ${pattern}`);
  return link;
}
