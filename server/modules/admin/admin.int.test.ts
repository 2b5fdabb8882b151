import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { newIdentity, send, signIn, signUp, type TestUser } from '../../../test/auth.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`admin API and audit log (${testDatabase})`, () => {
  let t: TestApp;
  let admin: TestUser;
  let user: TestUser;
  const mailer = createMemoryMailer();
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'invite' }, { mailer });
    admin = await signUp(t.app, newIdentity('admin'));
    const invite = await send(t.app, 'POST', '/api/v1/admin/invites', { cookie: admin.cookie }, {});
    user = await signUp(t.app, newIdentity('member'), { 'x-daybook-invite': new URL(invite.json().url).searchParams.get('invite') ?? '' });
  });
  afterAll(async () => {
    await t.close();
  });

  // better-auth's own admin endpoints would let an admin set a user's password, read their
  // session tokens or change their email, and so read their journal: none of them answers.
  it.each([
    ['/api/auth/admin/set-user-password', { userId: '', newPassword: 'an admin chose this password' }],
    ['/api/auth/admin/list-user-sessions', { userId: '' }],
    ['/api/auth/admin/update-user', { userId: '', data: { email: 'taken-over@example.org' } }],
    ['/api/auth/admin/set-role', { userId: '', role: 'admin' }],
    ['/api/auth/admin/list-users', undefined],
    ['/api/auth//admin/set-user-password', { userId: '', newPassword: 'an admin chose this password' }],
    ['/api/auth/ADMIN/set-user-password', { userId: '', newPassword: 'an admin chose this password' }],
    ['/api/auth/x/../admin/set-user-password', { userId: '', newPassword: 'an admin chose this password' }],
    ['/api/auth/%61dmin/set-user-password', { userId: '', newPassword: 'an admin chose this password' }],
  ])('better-auth admin endpoint %s is not reachable', async (url, body) => {
    const passwordHash = async () => (await sql<{ password: string }>`select password from account where "userId" = ${user.id}`.execute(t.app.db.kysely)).rows[0]?.password;
    const before = await passwordHash();
    const response = await send(t.app, 'POST', url, { cookie: admin.cookie }, body && { ...body, userId: user.id });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
    expect(await passwordHash()).toBe(before);
    const row = await t.app.db.kysely.selectFrom('user').select(['email', 'role']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ email: user.email, role: 'user' });
  });

  it('lists and searches accounts, paginated', async () => {
    const all = await t.app.inject({ url: '/api/v1/admin/users?limit=1', headers: { cookie: admin.cookie } });
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toHaveLength(1);
    const next = await t.app.inject({ url: `/api/v1/admin/users?limit=1&cursor=${all.json().nextCursor}`, headers: { cookie: admin.cookie } });
    expect(next.json().items[0].id).not.toBe(all.json().items[0].id);
    const search = await t.app.inject({ url: `/api/v1/admin/users?q=${encodeURIComponent('member')}`, headers: { cookie: admin.cookie } });
    expect(search.json().items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const wildcard = await t.app.inject({ url: '/api/v1/admin/users?q=%25', headers: { cookie: admin.cookie } });
    expect(wildcard.json().items).toEqual([]);
  });

  it('an invitation works once', async () => {
    const invite = await send(t.app, 'POST', '/api/v1/admin/invites', { cookie: admin.cookie }, { email: 'invitee@example.org' });
    expect(invite.statusCode).toBe(201);
    expect(mailer.outbox.some((m) => m.to === 'invitee@example.org' && m.text.includes(invite.json().url))).toBe(true);
    const token = new URL(invite.json().url).searchParams.get('invite') ?? '';
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: t.app.config.publicUrl.origin, 'content-type': 'application/json', 'x-daybook-invite': token },
      payload: newIdentity(),
    });
    expect(other.statusCode).toBe(403);
    await signUp(t.app, { ...newIdentity(), email: 'invitee@example.org' }, { 'x-daybook-invite': token });
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: t.app.config.publicUrl.origin, 'content-type': 'application/json', 'x-daybook-invite': token },
      payload: { ...newIdentity(), email: 'invitee@example.org' },
    });
    expect(reuse.statusCode).toBeGreaterThanOrEqual(400);
  });

  it('disables and re-enables an account; disabling ends its sessions at once', async () => {
    const key = (await send(t.app, 'POST', '/api/v1/me/api-keys', { cookie: user.cookie }, { name: 'script', scopes: ['read'] })).json().key;
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
    const disabled = await send(t.app, 'PATCH', `/api/v1/admin/users/${user.id}`, { cookie: admin.cookie }, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabled).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(401);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(403);
    await send(t.app, 'PATCH', `/api/v1/admin/users/${user.id}`, { cookie: admin.cookie }, { disabled: false });
    const again = await signIn(t.app, user.email, user.password);
    expect(again.statusCode).toBe(200);
  });

  it('changes roles but never removes the last administrator or acts on itself', async () => {
    expect((await send(t.app, 'PATCH', `/api/v1/admin/users/${admin.id}`, { cookie: admin.cookie }, { role: 'user' })).statusCode).toBe(409);
    expect((await send(t.app, 'DELETE', `/api/v1/admin/users/${admin.id}`, { cookie: admin.cookie })).statusCode).toBe(409);
    expect((await send(t.app, 'POST', `/api/v1/admin/users/${admin.id}/force-reset`, { cookie: admin.cookie })).statusCode).toBe(409);
    const promoted = await send(t.app, 'PATCH', `/api/v1/admin/users/${user.id}`, { cookie: admin.cookie }, { role: 'admin' });
    expect(promoted.json().role).toBe('admin');
    const demoted = await send(t.app, 'PATCH', `/api/v1/admin/users/${user.id}`, { cookie: admin.cookie }, { role: 'user' });
    expect(demoted.json().role).toBe('user');
  });

  it('forces a password reset: sessions end and a reset mail goes out', async () => {
    const fresh = await signIn(t.app, user.email, user.password);
    const cookie = String([fresh.headers['set-cookie']].flat()[0]).split(';')[0] ?? '';
    const response = await send(t.app, 'POST', `/api/v1/admin/users/${user.id}/force-reset`, { cookie: admin.cookie });
    expect(response.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
    expect(mailer.outbox.some((m) => m.to === user.email && m.subject.includes('Reset'))).toBe(true);
  });

  it.each([
    ['an unknown role', { role: 'superuser' }],
    ['no change at all', {}],
    ['a mass-assigned email', { email: 'x@example.org' }],
    ['a non-boolean flag', { disabled: 'yes' }],
  ])('rejects %s with 400 and changes nothing', async (_name, body) => {
    const before = await t.app.inject({ url: `/api/v1/admin/users?q=member`, headers: { cookie: admin.cookie } });
    const response = await send(t.app, 'PATCH', `/api/v1/admin/users/${user.id}`, { cookie: admin.cookie }, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    const after = await t.app.inject({ url: `/api/v1/admin/users?q=member`, headers: { cookie: admin.cookie } });
    expect(after.json()).toEqual(before.json());
  });

  it('an unknown account id is a 404', async () => {
    expect((await send(t.app, 'PATCH', '/api/v1/admin/users/nope', { cookie: admin.cookie }, { role: 'user' })).statusCode).toBe(404);
  });

  it('records sign-ins, failures, sign-outs, admin actions and 403s in the audit log', async () => {
    await signIn(t.app, user.email, 'not the right password at all');
    const signedIn = await signIn(t.app, user.email, user.password);
    const cookie = String([signedIn.headers['set-cookie']].flat()[0]).split(';')[0] ?? '';
    await t.app.inject({ url: '/api/v1/admin/users', headers: { cookie } });
    await send(t.app, 'POST', '/api/auth/sign-out', { cookie }, {});
    const page = await t.app.inject({ url: '/api/v1/admin/audit?limit=100', headers: { cookie: admin.cookie } });
    const entries = page.json().items as Array<{ action: string; outcome: string; actorId: string | null; actorEmail: string | null; detail: Record<string, unknown> | null }>;
    const has = (action: string, outcome: string) => entries.some((e) => e.action === action && e.outcome === outcome && (e.actorId === user.id || e.actorEmail === user.email));
    expect(has('auth.sign_in', 'failure')).toBe(true);
    expect(has('auth.sign_in', 'success')).toBe(true);
    expect(has('access.denied', 'denied')).toBe(true);
    expect(has('auth.sign_out', 'success')).toBe(true);
    expect(entries.some((e) => e.action === 'admin.user_disabled')).toBe(true);
    expect(entries.some((e) => e.action === 'admin.role_changed')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(user.password);
    const filtered = await t.app.inject({ url: '/api/v1/admin/audit?action=auth.sign_in&outcome=failure', headers: { cookie: admin.cookie } });
    expect(filtered.json().items.every((e: { action: string; outcome: string }) => e.action === 'auth.sign_in' && e.outcome === 'failure')).toBe(true);
  });

  it('is append-only: the database refuses updates and early deletes', async () => {
    await expect(sql`update audit_log set action = 'tampered'`.execute(t.app.db.kysely)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.app.db.kysely)).rejects.toThrow(/kept/);
  });

  it('keeps admins out of other people\'s sessions and API keys', async () => {
    const sessions = await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: admin.cookie } });
    expect(sessions.json().items.every((s: { current: boolean }) => typeof s.current === 'boolean')).toBe(true);
    const keys = await t.app.inject({ url: '/api/v1/me/api-keys', headers: { cookie: admin.cookie } });
    expect(keys.json().items).toEqual([]);
  });
});
