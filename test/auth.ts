import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** The cookies a browser would send back: name=value pairs from Set-Cookie headers. */
export function cookiesFrom(response: LightMyRequestResponse, previous = ''): string {
  const jar = new Map(previous.split('; ').filter(Boolean).map((pair) => pair.split('=', 2) as [string, string]));
  const header = response.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header ? [header] : [];
  for (const line of lines) {
    const [pair] = line.split(';');
    const [name, ...rest] = (pair ?? '').split('=');
    if (!name) continue;
    const value = rest.join('=');
    if (value === '' || /max-age=0/i.test(line)) jar.delete(name.trim());
    else jar.set(name.trim(), value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  cookie: string;
  token: string;
}

let counter = 0;

/** A fresh, valid identity: unique email, a long random password. */
export function newIdentity(prefix = 'person') {
  counter += 1;
  return {
    name: `${prefix} ${counter}`,
    email: `${prefix}.${counter}.${randomBytes(3).toString('hex')}@example.org`,
    password: `sunlit river ${randomBytes(6).toString('hex')} meadow`,
  };
}

export function originOf(app: FastifyInstance): string {
  return app.config.publicUrl.origin;
}

export async function signUp(app: FastifyInstance, identity = newIdentity(), headers: Record<string, string> = {}): Promise<TestUser> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: { origin: originOf(app), 'content-type': 'application/json', 'x-requested-with': 'daybook', ...headers },
    payload: identity,
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return { id: body.user.id, email: identity.email, password: identity.password, cookie: cookiesFrom(response), token: body.token };
}

export async function signIn(app: FastifyInstance, email: string, password: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: originOf(app), 'content-type': 'application/json', 'x-requested-with': 'daybook', ...headers },
    payload: { email, password, ...extra },
  });
}

/** A state-changing request as the web app sends it: same Origin, custom header, session cookie. */
export async function send(
  app: FastifyInstance,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  auth: { cookie?: string; bearer?: string },
  payload?: unknown,
) {
  return app.inject({
    method,
    url,
    headers: {
      origin: originOf(app),
      'x-requested-with': 'daybook',
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
    },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}
