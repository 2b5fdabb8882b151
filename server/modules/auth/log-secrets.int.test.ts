import { describe, expect, it } from 'vitest';
import { createTestApp, testDatabase } from '../../../test/app.ts';
import { originOf, send, signIn, signUp } from '../../../test/auth.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

/**
 * At the production log level, walks through everything that carries a secret or private words
 * in a request (passwords, session token, reset and verification links, a journal search) and
 * checks none of it reaches a log line.
 */
describe(`logs at info level hold no secrets and no private words (${testDatabase})`, () => {
  it('passwords, tokens, reset and verification links, and journal searches stay out of the logs', async () => {
    const mailer = createMemoryMailer();
    const t = await createTestApp({ REGISTRATION: 'open', LOG_LEVEL: 'info' }, { mailer });
    try {
      const user = await signUp(t.app);
      await signIn(t.app, user.email, user.password);
      await signIn(t.app, user.email, 'a wrong password for the log test');
      const search = 'overdosewordsearch';
      expect((await t.app.inject({ url: `/api/v1/journal/entries?q=${search}`, headers: { cookie: user.cookie } })).statusCode).toBe(200);

      const requested = await t.app.inject({
        method: 'POST',
        url: '/api/auth/request-password-reset',
        headers: { origin: originOf(t.app), 'content-type': 'application/json' },
        payload: { email: user.email, redirectTo: '/reset-password' },
      });
      expect(requested.statusCode).toBe(200);
      const resetToken = /reset-password\/([^?\s]+)/.exec(mailer.outbox.find((mail) => mail.subject.includes('Reset'))?.text ?? '')?.[1] ?? '';
      expect(resetToken.length).toBeGreaterThan(10);
      await t.app.inject({ url: `/api/auth/reset-password/${resetToken}?callbackURL=/reset-password` });

      await send(t.app, 'POST', '/api/auth/send-verification-email', { cookie: user.cookie }, { email: user.email, callbackURL: '/verified' });
      const verifyToken = /[?&]token=([^&\s]+)/.exec(mailer.outbox.find((mail) => mail.text.includes('verify-email'))?.text ?? '')?.[1] ?? '';
      expect(verifyToken.length).toBeGreaterThan(10);
      await t.app.inject({ url: `/api/auth/verify-email?token=${verifyToken}&callbackURL=/verified` });

      const logs = JSON.stringify(t.logs);
      expect(t.logs.filter((line) => line.msg === 'incoming request').length).toBeGreaterThan(5);
      for (const secret of [user.password, user.token, 'a wrong password for the log test', resetToken, verifyToken, search]) expect(logs).not.toContain(secret);
    } finally {
      await t.close();
    }
  });
});
