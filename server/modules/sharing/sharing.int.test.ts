import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';
import { authorizeOwnerAccess } from './sharing.policy.ts';

describe(`sharing grants (${testDatabase})`, () => {
  let t: TestApp;
  let owner: TestUser;
  let partner: TestUser;
  let stranger: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    owner = await signUp(t.app);
    partner = await signUp(t.app);
    stranger = await signUp(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('grants, changes and revokes; both sides see the grant', async () => {
    const granted = await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: partner.email.toUpperCase(), role: 'viewer' });
    expect(granted.statusCode).toBe(201);
    const id = granted.json().id;
    expect((await t.app.inject({ url: '/api/v1/sharing', headers: { cookie: partner.cookie } })).json().received[0]).toMatchObject({ id, role: 'viewer', owner: { id: owner.id } });
    await expect(authorizeOwnerAccess(t.app.sharing, partner.id, owner.id, 'read')).resolves.toBe('viewer');
    await expect(authorizeOwnerAccess(t.app.sharing, partner.id, owner.id, 'write')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(authorizeOwnerAccess(t.app.sharing, stranger.id, owner.id, 'read')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const changed = await send(t.app, 'PATCH', `/api/v1/sharing/${id}`, { cookie: owner.cookie }, { role: 'editor' });
    expect(changed.json().role).toBe('editor');
    await expect(authorizeOwnerAccess(t.app.sharing, partner.id, owner.id, 'write')).resolves.toBe('editor');

    // Only the owner changes a grant; the grantee may leave it; a stranger sees nothing.
    expect((await send(t.app, 'PATCH', `/api/v1/sharing/${id}`, { cookie: partner.cookie }, { role: 'viewer' })).statusCode).toBe(404);
    expect((await send(t.app, 'DELETE', `/api/v1/sharing/${id}`, { cookie: stranger.cookie })).statusCode).toBe(404);
    expect((await send(t.app, 'DELETE', `/api/v1/sharing/${id}`, { cookie: partner.cookie })).statusCode).toBe(204);
    await expect(authorizeOwnerAccess(t.app.sharing, partner.id, owner.id, 'read')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['an unknown email', { email: 'nobody@example.org', role: 'viewer' }, 404],
    ['an unknown role', { email: 'PARTNER', role: 'owner' }, 400],
    ['a malformed email', { email: 'not-an-email', role: 'viewer' }, 400],
    ['a mass-assigned owner', { email: 'PARTNER', role: 'viewer', ownerId: 'x' }, 400],
    ['oneself', { email: 'SELF', role: 'viewer' }, 400],
  ])('rejects a grant to %s', async (_name, body, status) => {
    const payload = { ...body, email: body.email === 'PARTNER' ? partner.email : body.email === 'SELF' ? owner.email : body.email };
    const before = (await t.app.inject({ url: '/api/v1/sharing', headers: { cookie: owner.cookie } })).json();
    const response = await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, payload);
    expect(response.statusCode).toBe(status);
    expect((await t.app.inject({ url: '/api/v1/sharing', headers: { cookie: owner.cookie } })).json()).toEqual(before);
  });

  it('refuses a duplicate grant with 409', async () => {
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: stranger.email, role: 'viewer' });
    const again = await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: stranger.email, role: 'editor' });
    expect(again.statusCode).toBe(409);
  });
});
