import { describe, expect, it } from 'vitest';
import { createTestApp, testDatabase } from '../../../test/app.ts';
import { newIdentity, originOf, signIn, signUp } from '../../../test/auth.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

const attacker = '203.0.113.66';
const owner = '198.51.100.7';

async function attempt(app: Parameters<typeof signIn>[0], email: string, password: string, ip: string) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    remoteAddress: ip,
    headers: { origin: originOf(app), 'content-type': 'application/json' },
    payload: { email, password },
  });
}

describe(`failed sign-in throttling (${testDatabase})`, () => {
  it('escalates delays per account and IP, without slowing the owner or other accounts', async () => {
    const t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    try {
      const victim = await signUp(t.app);
      const bystander = await signUp(t.app);
      for (let i = 0; i < 5; i += 1) expect((await attempt(t.app, victim.email, 'wrong guess number one', attacker)).statusCode).toBe(401);
      const throttled = await attempt(t.app, victim.email, victim.password, attacker);
      expect(throttled.statusCode).toBe(429);
      expect(throttled.json().error.code).toBe('SIGN_IN_THROTTLED');
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      // The owner, from their own address, signs in at once; so does another account from the attacker's IP.
      expect((await attempt(t.app, victim.email, victim.password, owner)).statusCode).toBe(200);
      expect((await attempt(t.app, bystander.email, bystander.password, attacker)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('throttles an unknown email exactly like a real one', async () => {
    const t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    try {
      const real = await signUp(t.app);
      const ghost = newIdentity('ghost').email;
      for (let i = 0; i < 5; i += 1) {
        await attempt(t.app, real.email, 'wrong guess again!!', attacker);
        await attempt(t.app, ghost, 'wrong guess again!!', attacker);
      }
      const a = await attempt(t.app, real.email, 'wrong guess again!!', attacker);
      const b = await attempt(t.app, ghost, 'wrong guess again!!', attacker);
      expect(a.statusCode).toBe(b.statusCode);
      expect(a.json().error.code).toBe(b.json().error.code);
    } finally {
      await t.close();
    }
  });

  it('disables the account after 100 consecutive failures until a password reset by email', async () => {
    const mailer = createMemoryMailer();
    const t = await createTestApp({ REGISTRATION: 'open' }, { mailer });
    try {
      const victim = await signUp(t.app);
      // A distributed attack: one failure from each of 100 addresses, so no per-IP delay applies.
      for (let i = 0; i < 100; i += 1) {
        const response = await attempt(t.app, victim.email, 'distributed wrong guess', `192.0.2.${i + 1}`);
        expect(response.statusCode).toBe(401);
      }
      const locked = await attempt(t.app, victim.email, victim.password, owner);
      expect(locked.statusCode).toBe(403);
      expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: victim.cookie } })).statusCode).toBe(401);

      // Recovery: reset by email, then sign in with the new password.
      const request = await t.app.inject({
        method: 'POST',
        url: '/api/auth/request-password-reset',
        remoteAddress: owner,
        headers: { origin: originOf(t.app), 'content-type': 'application/json' },
        payload: { email: victim.email, redirectTo: '/reset-password' },
      });
      expect(request.statusCode).toBe(200);
      const mail = mailer.outbox.find((m) => m.to === victim.email && m.subject.includes('Reset'));
      const token = /reset-password\/([^?\s]+)/.exec(mail?.text ?? '')?.[1];
      expect(token).toBeTruthy();
      const newPassword = 'a brand new harbour password';
      const reset = await t.app.inject({
        method: 'POST',
        url: '/api/auth/reset-password',
        remoteAddress: owner,
        headers: { origin: originOf(t.app), 'content-type': 'application/json' },
        payload: { token, newPassword },
      });
      expect(reset.statusCode).toBe(200);
      expect((await attempt(t.app, victim.email, newPassword, owner)).statusCode).toBe(200);
      // The reset link works once.
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/auth/reset-password',
        headers: { origin: originOf(t.app), 'content-type': 'application/json' },
        payload: { token, newPassword: 'yet another harbour password' },
      });
      expect(again.statusCode).toBe(400);
    } finally {
      await t.close();
    }
  });
});
