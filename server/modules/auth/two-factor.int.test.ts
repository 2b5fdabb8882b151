import { describe, expect, it } from 'vitest';
import { createTestApp, testDatabase } from '../../../test/app.ts';
import { cookiesFrom, newIdentity, originOf, send, signIn, signUp } from '../../../test/auth.ts';
import { totpFromUri } from '../../../test/totp.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`two-factor sign-in (${testDatabase})`, () => {
  it('enables TOTP with backup codes and then requires a code at sign-in', async () => {
    const t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    try {
      const user = await signUp(t.app);
      expect((await send(t.app, 'POST', '/api/auth/two-factor/enable', { cookie: user.cookie }, { password: 'wrong password entirely' })).statusCode).toBe(400);
      const enable = await send(t.app, 'POST', '/api/auth/two-factor/enable', { cookie: user.cookie }, { password: user.password });
      expect(enable.statusCode).toBe(200);
      const { totpURI, backupCodes } = enable.json();
      expect(totpURI).toMatch(/^otpauth:\/\/totp\/Daybook:/);
      expect(backupCodes).toHaveLength(10);
      const verify = await send(t.app, 'POST', '/api/auth/two-factor/verify-totp', { cookie: user.cookie }, { code: totpFromUri(totpURI) });
      expect(verify.statusCode).toBe(200);
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookiesFrom(verify, user.cookie) } })).json().twoFactorEnabled).toBe(true);

      // Password alone no longer signs in: it asks for the second factor and grants no session.
      const first = await signIn(t.app, user.email, user.password);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ twoFactorRedirect: true });
      const challenge = cookiesFrom(first);
      expect(challenge).not.toMatch(/session_token=/);
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: challenge } })).statusCode).toBe(401);

      const wrong = await send(t.app, 'POST', '/api/auth/two-factor/verify-totp', { cookie: challenge }, { code: '000000' });
      expect(wrong.statusCode).toBe(401);
      const second = await send(t.app, 'POST', '/api/auth/two-factor/verify-totp', { cookie: challenge }, { code: totpFromUri(totpURI) });
      expect(second.statusCode).toBe(200);
      const session = cookiesFrom(second, challenge);
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: session } })).statusCode).toBe(200);

      // A backup code works once.
      const again = cookiesFrom(await signIn(t.app, user.email, user.password));
      const backup = await send(t.app, 'POST', '/api/auth/two-factor/verify-backup-code', { cookie: again }, { code: backupCodes[0] });
      expect(backup.statusCode).toBe(200);
      const reuse = cookiesFrom(await signIn(t.app, user.email, user.password));
      expect((await send(t.app, 'POST', '/api/auth/two-factor/verify-backup-code', { cookie: reuse }, { code: backupCodes[0] })).statusCode).toBe(401);

      const audit = await t.app.db.kysely.selectFrom('audit_log').select(['action', 'outcome', 'detail']).where('actor_id', '=', user.id).execute();
      expect(audit.some((row) => row.action === 'auth.second_factor' && row.outcome === 'success')).toBe(true);
      expect(audit.some((row) => row.action === 'account.two_factor_confirmed' && row.outcome === 'success')).toBe(true);
      const failures = await t.app.db.kysely.selectFrom('audit_log').select('action').where('action', '=', 'auth.second_factor').where('outcome', '=', 'failure').execute();
      expect(failures.length).toBeGreaterThan(0);
      expect(audit.some((row) => row.action === 'auth.sign_in' && (row.detail ?? '').includes('second_factor'))).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('changes the password only with the current one, optionally ending other sessions', async () => {
    const t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    try {
      const user = await signUp(t.app);
      const elsewhere = cookiesFrom(await signIn(t.app, user.email, user.password));
      const newPassword = 'quiet lanterns over the bay';
      expect((await send(t.app, 'POST', '/api/auth/change-password', { cookie: user.cookie }, { currentPassword: 'not it at all, sorry', newPassword })).statusCode).toBe(400);
      expect((await send(t.app, 'POST', '/api/auth/change-password', { cookie: user.cookie }, { currentPassword: user.password, newPassword: 'short' })).json().error.code).toBe('PASSWORD_TOO_SHORT');
      const changed = await send(t.app, 'POST', '/api/auth/change-password', { cookie: user.cookie }, { currentPassword: user.password, newPassword, revokeOtherSessions: true });
      expect(changed.statusCode).toBe(200);
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: elsewhere } })).statusCode).toBe(401);
      expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(401);
      expect((await signIn(t.app, user.email, newPassword)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('verifies an email address through the mailed link', async () => {
    const mailer = createMemoryMailer();
    const t = await createTestApp({ REGISTRATION: 'open' }, { mailer });
    try {
      const user = await signUp(t.app);
      const mail = mailer.outbox.find((m) => m.to === user.email && m.subject.includes('Confirm'));
      const link = /(https?:\/\/\S+verify-email\S+)/.exec(mail?.text ?? '')?.[1];
      expect(link).toBeTruthy();
      const url = new URL(link ?? '');
      const response = await t.app.inject({ url: url.pathname + url.search });
      expect(response.statusCode).toBeLessThan(400);
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).json().emailVerified).toBe(true);
    } finally {
      await t.close();
    }
  });
});

describe(`required email verification (${testDatabase})`, () => {
  it('REQUIRE_EMAIL_VERIFICATION=true refuses sign-in until the mailed link is opened', async () => {
    const mailer = createMemoryMailer();
    const t = await createTestApp({ REGISTRATION: 'open', REQUIRE_EMAIL_VERIFICATION: 'true' }, { mailer });
    try {
      await signUp(t.app, newIdentity('first'));
      const identity = newIdentity();
      const signUpResponse = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin: originOf(t.app), 'content-type': 'application/json' },
        payload: identity,
      });
      expect(signUpResponse.statusCode).toBe(200);
      expect(cookiesFrom(signUpResponse)).not.toMatch(/session_token=/);
      const refused = await signIn(t.app, identity.email, identity.password);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('EMAIL_NOT_VERIFIED');
      const mail = mailer.outbox.filter((m) => m.to === identity.email).at(-1);
      const link = new URL(/(https?:\/\/\S+verify-email\S+)/.exec(mail?.text ?? '')?.[1] ?? 'http://x/');
      await t.app.inject({ url: link.pathname + link.search });
      expect((await signIn(t.app, identity.email, identity.password)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
