import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { cookiesFrom, newIdentity, originOf, send, signIn, signUp } from '../../../test/auth.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

function withoutRequestId(body: { error?: { requestId?: string } }) {
  return { ...body, error: { ...body.error, requestId: undefined } };
}

describe(`sign-up, sign-in and sessions (${testDatabase})`, () => {
  let t: TestApp;
  const mailer = createMemoryMailer();
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer });
  });
  afterAll(async () => {
    await t.close();
  });

  it('makes the first account the administrator and later ones users', async () => {
    const first = await signUp(t.app, newIdentity('admin'));
    const second = await signUp(t.app);
    const me1 = await t.app.inject({ url: '/api/v1/me', headers: { cookie: first.cookie } });
    const me2 = await t.app.inject({ url: '/api/v1/me', headers: { cookie: second.cookie } });
    expect(me1.json().role).toBe('admin');
    expect(me2.json().role).toBe('user');
    expect((await t.app.inject({ url: '/api/v1/setup' })).json().needsFirstAccount).toBe(false);
  });

  it.each([
    ['14 characters', 'qwhdkzmxbtnplr', 400, 'PASSWORD_TOO_SHORT'],
    ['15 lowercase letters', 'qwhdkzmxbtnplrv', 200, undefined],
    ['64 emoji', '🌿🌊'.repeat(32), 200, undefined],
    ['a blocklisted password', 'qwertyuiopasdfghjkl', 400, 'PASSWORD_BLOCKLISTED'],
    ['129 characters', 'x1'.repeat(64) + 'y', 400, 'PASSWORD_TOO_LONG'],
  ])('sign-up with %s → %i %s', async (_name, password, status, code) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: originOf(t.app), 'content-type': 'application/json' },
      payload: { ...newIdentity(), password },
    });
    expect(response.statusCode).toBe(status);
    if (code) expect(response.json().error.code).toBe(code);
  });

  const longEmail = `${'a1'.repeat(2400)}@example.org`;
  it.each([
    ['sign-up with a 4,812-character email', '/api/auth/sign-up/email', { ...newIdentity(), email: longEmail }, 'INVALID_EMAIL'],
    ['sign-up with a 101-character name', '/api/auth/sign-up/email', { ...newIdentity(), name: 'n'.repeat(101) }, 'NAME_TOO_LONG'],
    ['sign-in with a 4,812-character email', '/api/auth/sign-in/email', { email: longEmail, password: 'correct horse battery staple 42' }, 'INVALID_EMAIL'],
    ['a reset request for a 4,812-character email', '/api/auth/request-password-reset', { email: longEmail, redirectTo: '/reset-password' }, 'INVALID_EMAIL'],
  ])('%s → 400 %s, nothing stored', async (_name, url, payload, code) => {
    const users = async () => Number((await t.app.db.kysely.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await users();
    const response = await t.app.inject({ method: 'POST', url, headers: { origin: originOf(t.app), 'content-type': 'application/json' }, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect(await users()).toBe(before);
  });

  it('keeps a password typed into the email box out of the audit log', async () => {
    const typedPassword = 'my secret harbour password 42';
    const response = await signIn(t.app, typedPassword, 'whatever it was');
    expect(response.statusCode).toBe(400);
    const rows = await t.app.db.kysely.selectFrom('audit_log').selectAll().where('action', 'like', 'auth.%').execute();
    expect(JSON.stringify(rows)).not.toContain('harbour');
  });

  it('treats emails case-insensitively: one account per address', async () => {
    const identity = newIdentity();
    await signUp(t.app, identity);
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: originOf(t.app), 'content-type': 'application/json' },
      payload: { ...newIdentity(), email: identity.email.toUpperCase() },
    });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json().error.code).toBe('USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL');
  });

  it('stores an Argon2id hash with the OWASP parameters, never the password', async () => {
    const user = await signUp(t.app);
    const result = await sql<{ password: string }>`select password from account where "userId" = ${user.id}`.execute(t.app.db.kysely);
    expect(result.rows[0]?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(result.rows[0]?.password).not.toContain(user.password);
  });

  it('does not truncate long passwords or fold their case', async () => {
    const identity = { ...newIdentity(), password: `${'long and winding road '.repeat(3)}ends here!` };
    expect(identity.password.length).toBeGreaterThan(72);
    await signUp(t.app, identity);
    expect((await signIn(t.app, identity.email, identity.password.slice(0, 72))).statusCode).toBe(401);
    expect((await signIn(t.app, identity.email, identity.password.toUpperCase())).statusCode).toBe(401);
    expect((await signIn(t.app, identity.email.toUpperCase(), identity.password)).statusCode).toBe(200);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const user = await signUp(t.app);
    const wrongPassword = await signIn(t.app, user.email, 'definitely not the password', {}, {}, );
    const unknownEmail = await signIn(t.app, `nobody.${Date.now()}@example.org`, 'definitely not the password');
    expect(unknownEmail.statusCode).toBe(wrongPassword.statusCode);
    expect(withoutRequestId(unknownEmail.json())).toEqual(withoutRequestId(wrongPassword.json()));
  });

  it('never returns a hash or internal field in any auth JSON', async () => {
    const identity = newIdentity();
    const signUpResponse = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: originOf(t.app), 'content-type': 'application/json' },
      payload: identity,
    });
    const cookie = cookiesFrom(signUpResponse);
    const bodies = [
      signUpResponse.body,
      (await signIn(t.app, identity.email, identity.password)).body,
      (await t.app.inject({ url: '/api/auth/get-session', headers: { cookie } })).body,
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).body,
    ];
    for (const body of bodies) {
      expect(body).not.toMatch(/argon2|"password"|backupCodes|"secret"/);
      expect(body).not.toContain(identity.password);
    }
  });

  it('issues a new session at sign-in instead of keeping one the client brought (fixation)', async () => {
    const user = await signUp(t.app);
    const response = await signIn(t.app, user.email, user.password, {}, { cookie: user.cookie });
    const fresh = cookiesFrom(response);
    expect(fresh).toMatch(/session_token=/);
    expect(fresh).not.toEqual(user.cookie);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/, and a session cookie without remember-me', async () => {
    const user = await signUp(t.app);
    const remembered = await signIn(t.app, user.email, user.password, { rememberMe: true });
    const line = [remembered.headers['set-cookie']].flat().find((c) => String(c).includes('session_token='));
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Lax/);
    expect(line).toMatch(/Path=\//);
    expect(line).toMatch(/Max-Age=\d+/);
    const forgetful = await signIn(t.app, user.email, user.password, { rememberMe: false });
    const sessionLine = [forgetful.headers['set-cookie']].flat().find((c) => String(c).includes('session_token='));
    expect(sessionLine).not.toMatch(/Max-Age/);
  });

  it('ends the session on sign-out: cookie and bearer replays are refused, and site data is cleared', async () => {
    const user = await signUp(t.app);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${user.token}` } })).statusCode).toBe(200);
    const signOut = await send(t.app, 'POST', '/api/auth/sign-out', { cookie: user.cookie }, {});
    expect(signOut.statusCode).toBe(200);
    expect(signOut.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${user.token}` } })).statusCode).toBe(401);
  });

  it.each<[string, Record<string, string>]>([
    ['a foreign Origin', { origin: 'https://evil.example', 'x-requested-with': 'daybook' }],
    ['no Origin', { 'x-requested-with': 'daybook' }],
    ['no custom header', { origin: 'SAME' }],
  ])('refuses a cookie-authenticated state change with %s (CSRF)', async (_name, headers) => {
    const user = await signUp(t.app);
    const origin = headers.origin === 'SAME' ? originOf(t.app) : headers.origin;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...headers, ...(origin ? { origin } : {}), cookie: user.cookie, 'content-type': 'application/json' },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_REJECTED');
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(200);
  });

  it('exempts bearer requests from the CSRF check', async () => {
    const user = await signUp(t.app);
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' }, payload: {} });
    expect(response.statusCode).toBe(200);
  });

  it('cuts a disabled user off on their very next request', async () => {
    const adminIdentity = newIdentity('boss');
    const t2 = await createTestApp({ REGISTRATION: 'open' }, { mailer });
    try {
      const admin = await signUp(t2.app, adminIdentity);
      const user = await signUp(t2.app);
      expect((await t2.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(200);
      const disabled = await send(t2.app, 'PATCH', `/api/v1/admin/users/${user.id}`, { cookie: admin.cookie }, { disabled: true });
      expect(disabled.statusCode).toBe(200);
      expect((await t2.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(401);
      expect((await t2.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${user.token}` } })).statusCode).toBe(401);
      expect((await signIn(t2.app, user.email, user.password)).statusCode).toBe(403);
    } finally {
      await t2.close();
    }
  });

  it('ignores mass-assigned role, userId and __proto__ at sign-up', async () => {
    const identity = newIdentity();
    for (const extra of [{ role: 'admin' }, { userId: 'someone-else' }]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin: originOf(t.app), 'content-type': 'application/json' },
        payload: { ...newIdentity(), ...extra },
      });
      if (response.statusCode === 200) {
        const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookiesFrom(response) } });
        expect(me.json().role).toBe('user');
      } else {
        expect(response.statusCode).toBe(400);
      }
    }
    const poisoned = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: originOf(t.app), 'content-type': 'application/json' },
      payload: `{"name":"x","email":"${identity.email}","password":"${identity.password}","__proto__":{"role":"admin"}}`,
    });
    if (poisoned.statusCode === 200) {
      const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookiesFrom(poisoned) } });
      expect(me.json().role).toBe('user');
    } else {
      expect(poisoned.statusCode).toBeLessThan(500);
    }
  });

  it('keeps passwords and session tokens out of the logs', async () => {
    const user = await signUp(t.app);
    await signIn(t.app, user.email, user.password);
    await signIn(t.app, user.email, 'a wrong password for the log test');
    const logs = JSON.stringify(t.logs);
    expect(logs).not.toContain(user.password);
    expect(logs).not.toContain(user.token);
    expect(logs).not.toContain('a wrong password for the log test');
  });
});

describe(`registration modes (${testDatabase})`, () => {
  it('REGISTRATION=closed refuses every account after the first', async () => {
    const t = await createTestApp({ REGISTRATION: 'closed' }, { mailer: createMemoryMailer() });
    try {
      await signUp(t.app);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin: originOf(t.app), 'content-type': 'application/json' },
        payload: newIdentity(),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('REGISTRATION_CLOSED');
    } finally {
      await t.close();
    }
  });

  it('REGISTRATION=invite (the default) needs a valid invitation', async () => {
    const t = await createTestApp({}, { mailer: createMemoryMailer() });
    try {
      await signUp(t.app);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin: originOf(t.app), 'content-type': 'application/json', 'x-daybook-invite': 'made-up-token' },
        payload: newIdentity(),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('INVITE_REQUIRED');
    } finally {
      await t.close();
    }
  });
});

describe(`cookies over HTTPS (${testDatabase})`, () => {
  it('uses a __Host- cookie that is Secure', async () => {
    const t = await createTestApp({ PUBLIC_URL: 'https://daybook.example' }, { mailer: createMemoryMailer() });
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin: 'https://daybook.example', 'content-type': 'application/json' },
        payload: newIdentity(),
      });
      const line = [response.headers['set-cookie']].flat().find((c) => String(c).includes('session_token='));
      expect(line).toMatch(/^__Host-daybook\.session_token=/);
      expect(line).toMatch(/Secure/);
      expect(line).toMatch(/Path=\//);
      expect(line).not.toMatch(/Domain=/i);
    } finally {
      await t.close();
    }
  });
});
