import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../test/app.ts';
import { newIdentity, send, signIn, signUp, type TestUser } from '../test/auth.ts';
import { logMood, logWater } from '../test/checkins.ts';
import { writeEntry } from '../test/journal.ts';
import { addBudget, addTransaction, uploadCsv } from '../test/money.ts';
import { createMemoryMailer } from './integrations/email/mailer.ts';

/**
 * Generated from the route table: every `user` and `admin` route is called as anonymous, as a
 * user, as another user and as an admin. A new route is covered the moment it is registered; a
 * new id-taking route must add a fixture below or this suite fails.
 */
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Actors {
  admin: TestUser;
  owner: TestUser;
  other: TestUser;
  viewer: TestUser;
  editor: TestUser;
}

/** Routes whose data the owner can share: viewers may read, editors may also write. */
const sharedPrefixes = ['/api/v1/checkins/', '/api/v1/money/transactions/'];
/** Budgets are one per currency and scope: each fixture takes a currency of its own. */
const fixtureCurrencies = ['USD', 'GBP', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'KWD', 'AUD'];
let nextCurrency = 0;
const freshCurrency = () => fixtureCurrencies[nextCurrency++ % fixtureCurrencies.length] as string;
const statement = 'date,payee,amount\n2026-10-01,Bakery,-3.20\n';

/** For each id-taking route: create the owner's resource and return its id. */
const ownedResources: Record<string, (t: TestApp, actors: Actors) => Promise<string>> = {
  // A second session, so revoking it leaves the owner's own session working.
  '/api/v1/me/sessions/:id': async (t, { owner }) => {
    await signIn(t.app, owner.email, owner.password);
    const items = (await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: owner.cookie } })).json().items as Array<{ id: string; current: boolean }>;
    return items.find((s) => !s.current)?.id ?? 'none';
  },
  '/api/v1/me/api-keys/:id': async (t, { owner }) =>
    (await send(t.app, 'POST', '/api/v1/me/api-keys', { cookie: owner.cookie }, { name: 'matrix', scopes: ['read'] })).json().id,
  '/api/v1/sharing/:id': async (t, { owner }) => {
    const grantee = await signUp(t.app);
    return (await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: grantee.email, role: 'viewer' })).json().id;
  },
  '/api/v1/checkins/mood/:id': async (t, { owner }) => (await logMood(t.app, owner)).id,
  '/api/v1/checkins/water/:id': async (t, { owner }) => (await logWater(t.app, owner)).id,
  '/api/v1/journal/entries/:id': async (t, { owner }) => (await writeEntry(t.app, owner)).id,
  '/api/v1/money/transactions/:id': async (t, { owner }) => (await addTransaction(t.app, owner)).id,
  '/api/v1/money/categories/:id': async (t, { owner }) =>
    (await send(t.app, 'POST', '/api/v1/money/categories', { cookie: owner.cookie }, { name: `Matrix ${Math.random()}`, kind: 'expense' })).json().id,
  '/api/v1/money/recurring/:id': async (t, { owner }) =>
    (await send(t.app, 'POST', '/api/v1/money/recurring', { cookie: owner.cookie }, { kind: 'expense', amount: '5', currency: 'EUR', payee: 'Gym', cadence: 'monthly', startDate: '2027-01-01' })).json().id,
  '/api/v1/money/budgets/:id': async (t, { owner }) => (await addBudget(t.app, owner, { amount: '100', currency: freshCurrency() })).id,
  '/api/v1/money/imports/:id': async (t, { owner }) => (await uploadCsv(t.app, owner, statement)).json().id,
  '/api/v1/money/imports/:id/preview': async (t, { owner }) => (await uploadCsv(t.app, owner, statement)).json().id,
  '/api/v1/money/imports/:id/commit': async (t, { owner }) => (await uploadCsv(t.app, owner, statement)).json().id,
  '/api/v1/notifications/:id/read': async (t, { owner }) => {
    const currency = freshCurrency();
    await addBudget(t.app, owner, { amount: '1', currency });
    await addTransaction(t.app, owner, { amount: '2', currency, date: new Date().toISOString().slice(0, 10) });
    return (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: owner.cookie } })).json().items[0].id;
  },
  '/api/v1/admin/users/:id': async (_t, { owner }) => owner.id,
  '/api/v1/admin/users/:id/force-reset': async (_t, { owner }) => owner.id,
};

describe(`authorization matrix from the route table (${testDatabase})`, () => {
  let t: TestApp;
  let actors: Actors;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    actors = {
      admin: await signUp(t.app, newIdentity('admin')),
      owner: await signUp(t.app),
      other: await signUp(t.app),
      viewer: await signUp(t.app),
      editor: await signUp(t.app),
    };
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: actors.owner.cookie }, { email: actors.viewer.email, role: 'viewer' });
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: actors.owner.cookie }, { email: actors.editor.email, role: 'editor' });
  });
  afterAll(async () => {
    await t.close();
  });

  const protectedRoutes = () => t.app.routeTable.filter((r) => r.access !== 'public' && r.method !== 'HEAD');
  async function request(method: Method, url: string, user?: TestUser) {
    if (method === 'GET') return t.app.inject({ url, headers: user ? { cookie: user.cookie } : {} });
    if (!user) return t.app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: {} });
    return send(t.app, method, url, { cookie: user.cookie }, {});
  }

  it('covers every protected route, and every id-taking one has a fixture', () => {
    expect(protectedRoutes().length).toBeGreaterThan(10);
    const missing = protectedRoutes().filter((r) => r.url.includes(':') && !ownedResources[r.url]);
    expect(missing).toEqual([]);
  });

  it('anonymous callers get 401 on every protected route', async () => {
    for (const route of protectedRoutes()) {
      const response = await request(route.method as Method, route.url.replace(/:id/g, 'x'));
      expect({ route: `${route.method} ${route.url}`, status: response.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: 401 });
    }
  });

  it('users get 403 on every admin route; admins pass the access check', async () => {
    for (const route of protectedRoutes().filter((r) => r.access === 'admin')) {
      const url = route.url.replace(/:id/g, 'x');
      const asUser = await request(route.method as Method, url, actors.other);
      expect({ route: `${route.method} ${route.url}`, status: asUser.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: 403 });
      if (route.method === 'DELETE') continue;
      const asAdmin = await request(route.method as Method, url, actors.admin);
      expect([401, 403]).not.toContain(asAdmin.statusCode);
    }
  });

  it("another user's id behaves exactly like a missing one (404) and changes nothing", async () => {
    for (const route of protectedRoutes().filter((r) => r.access === 'user' && r.url.includes(':id'))) {
      const fixture = ownedResources[route.url];
      if (!fixture) continue;
      const id = await fixture(t, actors);
      const url = route.url.replace(':id', id);
      const asOther = await request(route.method as Method, url, actors.other);
      const missing = await request(route.method as Method, route.url.replace(':id', 'missing-id'), actors.other);
      expect({ route: `${route.method} ${route.url}`, status: asOther.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: missing.statusCode });
      expect(asOther.statusCode === 404 || asOther.statusCode === 400).toBe(true);
      // The owner still has it.
      const asOwner = await request(route.method as Method, url, actors.owner);
      expect([401, 403, 404]).not.toContain(asOwner.statusCode);
    }
  });

  it('shared viewers read but get 403 on writes; editors may write; on every shared id route', async () => {
    const shared = protectedRoutes().filter((r) => r.url.includes(':id') && sharedPrefixes.some((prefix) => r.url.startsWith(prefix)));
    expect(shared.length).toBeGreaterThan(0);
    for (const route of shared) {
      const fixture = ownedResources[route.url];
      if (!fixture) continue;
      const url = route.url.replace(':id', await fixture(t, actors));
      const patches: Array<[string, Record<string, unknown>]> = [
        ['mood', { score: 4 }],
        ['water', { amountMl: 400 }],
        ['money', { payee: 'Edited' }],
      ];
      const body = route.method === 'PATCH' ? patches.find(([part]) => route.url.includes(part))?.[1] : undefined;
      const asViewer = route.method === 'GET' ? await request('GET', url, actors.viewer) : await send(t.app, route.method as Method as 'PATCH', url, { cookie: actors.viewer.cookie }, body);
      expect({ route: `${route.method} ${route.url}`, status: asViewer.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: route.method === 'GET' ? 200 : 403 });
      const asEditor = route.method === 'GET' ? await request('GET', url, actors.editor) : await send(t.app, route.method as Method as 'PATCH', url, { cookie: actors.editor.cookie }, body);
      expect({ route: `${route.method} ${route.url}`, ok: asEditor.statusCode < 300 }).toEqual({ route: `${route.method} ${route.url}`, ok: true });
    }
  });
});
