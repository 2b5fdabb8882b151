import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, testWithRedis, type TestApp } from '../../test/app.ts';
import { cookiesFrom, newIdentity, originOf } from '../../test/auth.ts';
import { createMemoryMailer } from '../integrations/email/mailer.ts';

/** Counters may live in a shared Redis: each run uses addresses of its own. */
const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

describe(`rate limits (${testDatabase}${testWithRedis ? ' + redis' : ''})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(
      { REGISTRATION: 'open', RATE_LIMIT_SIGN_UP_PER_HOUR: '2', RATE_LIMIT_SIGN_IN_PER_15_MINUTES: '3', RATE_LIMIT_API_PER_MINUTE: '5' },
      { mailer: createMemoryMailer() },
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const signUpFrom = (ip: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      remoteAddress: ip,
      headers: { origin: originOf(t.app), 'content-type': 'application/json' },
      payload: newIdentity(),
    });

  it('limits sign-ups per IP with a 429, Retry-After and RateLimit headers', async () => {
    const ip = randomIp();
    expect((await signUpFrom(ip)).statusCode).toBe(200);
    const second = await signUpFrom(ip);
    expect(second.statusCode).toBe(200);
    expect(second.headers['ratelimit-limit']).toBe('2');
    expect(second.headers['ratelimit-remaining']).toBe('0');
    const third = await signUpFrom(ip);
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('RATE_LIMITED');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signUpFrom(randomIp())).statusCode).toBe(200);
  });

  it('limits sign-in attempts per IP and email, leaving other emails alone', async () => {
    const ip = randomIp();
    const attempt = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        remoteAddress: ip,
        headers: { origin: originOf(t.app), 'content-type': 'application/json' },
        payload: { email, password: 'not the password, not at all' },
      });
    const target = newIdentity().email;
    for (let i = 0; i < 3; i += 1) expect((await attempt(target)).statusCode).toBe(401);
    expect((await attempt(target)).statusCode).toBe(429);
    expect((await attempt(newIdentity().email)).statusCode).toBe(401);
  });

  it('limits API calls per account, not per address', async () => {
    const [firstSignUp, secondSignUp] = [await signUpFrom(randomIp()), await signUpFrom(randomIp())];
    const first = { cookie: cookiesFrom(firstSignUp) };
    const second = { cookie: cookiesFrom(secondSignUp) };
    for (let i = 0; i < 5; i += 1) expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: first.cookie } })).statusCode).toBe(200);
    const limited = await t.app.inject({ url: '/api/v1/me', headers: { cookie: first.cookie } });
    expect(limited.statusCode).toBe(429);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: second.cookie } })).statusCode).toBe(200);
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.body).toMatch(/daybook_rate_limited_total\{tier="api"\} [1-9]/);
  });
});
