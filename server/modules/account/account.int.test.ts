import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { cookiesFrom, send, signIn, signUp, type TestUser } from '../../../test/auth.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`sessions and API keys (${testDatabase})`, () => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    owner = await signUp(t.app);
    other = await signUp(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists sessions without tokens and revokes one, or all others', async () => {
    const second = cookiesFrom(await signIn(t.app, owner.email, owner.password));
    const list = await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: owner.cookie } });
    const items = list.json().items as Array<{ id: string; current: boolean }>;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(list.body).not.toContain('token');
    const secondId = (await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: second } })).json().items.find((s: { current: boolean }) => s.current).id;
    expect((await send(t.app, 'DELETE', `/api/v1/me/sessions/${secondId}`, { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: second } })).statusCode).toBe(401);
    const third = cookiesFrom(await signIn(t.app, owner.email, owner.password));
    expect((await send(t.app, 'POST', '/api/v1/me/sessions/revoke-others', { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: third } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: owner.cookie } })).statusCode).toBe(200);
  });

  it("treats another account's session id exactly like a missing one (404, nothing changes)", async () => {
    const theirs = (await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: other.cookie } })).json().items[0].id;
    expect((await send(t.app, 'DELETE', `/api/v1/me/sessions/${theirs}`, { cookie: owner.cookie })).statusCode).toBe(404);
    expect((await send(t.app, 'DELETE', '/api/v1/me/sessions/does-not-exist', { cookie: owner.cookie })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: other.cookie } })).statusCode).toBe(200);
  });

  it('creates an API key shown once, stores only its hash, and honours scopes', async () => {
    const created = await send(t.app, 'POST', '/api/v1/me/api-keys', { cookie: owner.cookie }, { name: 'export script', scopes: ['read'], expiresInDays: 30 });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    expect(key).toMatch(/^dbk_[A-Za-z0-9_-]{43}$/);
    const list = await t.app.inject({ url: '/api/v1/me/api-keys', headers: { cookie: owner.cookie } });
    expect(list.body).not.toContain(key);
    expect(list.json().items[0]).toMatchObject({ id, name: 'export script', scopes: ['read'] });

    const me = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(owner.id);
    expect((await t.app.inject({ url: '/api/v1/me/api-keys', headers: { cookie: owner.cookie } })).json().items[0].lastUsedAt).not.toBeNull();

    // Read scope cannot write, and no key can manage keys, sessions or sharing, or reach admin routes.
    const write = await t.app.inject({ method: 'POST', url: '/api/v1/me/sessions/revoke-others', headers: { authorization: `Bearer ${key}` } });
    expect(write.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/me/api-keys', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/sharing', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(403);

    expect((await send(t.app, 'DELETE', `/api/v1/me/api-keys/${id}`, { cookie: owner.cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(401);
  });

  it.each([
    ['no name', { scopes: ['read'] }],
    ['an unknown scope', { name: 'x', scopes: ['admin'] }],
    ['no scopes', { name: 'x', scopes: [] }],
    ['an expiry of 0 days', { name: 'x', scopes: ['read'], expiresInDays: 0 }],
    ['an expiry beyond a year', { name: 'x', scopes: ['read'], expiresInDays: 366 }],
    ['a mass-assigned userId', { name: 'x', scopes: ['read'], userId: 'someone' }],
    ['a 61-character name', { name: 'n'.repeat(61), scopes: ['read'] }],
  ])('rejects an API key with %s', async (_name, body) => {
    const before = (await t.app.inject({ url: '/api/v1/me/api-keys', headers: { cookie: other.cookie } })).json().items.length;
    const response = await send(t.app, 'POST', '/api/v1/me/api-keys', { cookie: other.cookie }, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect((await t.app.inject({ url: '/api/v1/me/api-keys', headers: { cookie: other.cookie } })).json().items.length).toBe(before);
  });

  it('refuses garbage, revoked and unknown keys alike', async () => {
    for (const key of ['dbk_', 'dbk_nope', `dbk_${'A'.repeat(43)}`]) {
      expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(401);
    }
  });

  it("cannot revoke another account's API key", async () => {
    const theirs = await send(t.app, 'POST', '/api/v1/me/api-keys', { cookie: other.cookie }, { name: 'theirs', scopes: ['write'] });
    expect((await send(t.app, 'DELETE', `/api/v1/me/api-keys/${theirs.json().id}`, { cookie: owner.cookie })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${theirs.json().key}` } })).statusCode).toBe(200);
  });
});
