import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { newIdentity, send, signUp, type TestUser } from '../../../test/auth.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`profile (${testDatabase})`, () => {
  let t: TestApp;
  let user: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    admin = await signUp(t.app, newIdentity('admin'));
    user = await signUp(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts empty, saves encrypted, and can be deleted', async () => {
    expect((await t.app.inject({ url: '/api/v1/profile', headers: { cookie: user.cookie } })).json()).toMatchObject({ ageRange: null, concerns: [], coachingConsent: false, updatedAt: null });
    const saved = await send(t.app, 'PUT', '/api/v1/profile', { cookie: user.cookie }, { ageRange: '25-34', country: 'GB', concerns: ['sleep', 'grief'], otherConcerns: 'my dad passed in spring', coachingConsent: true });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ageRange: '25-34', country: 'GB', concerns: ['sleep', 'grief'], coachingConsent: true, gender: null });
    const stored = await sql<{ data: string }>`select data from profile`.execute(t.app.db.kysely);
    expect(JSON.stringify(stored.rows)).not.toMatch(/grief|spring|25-34/);
    // Helplines follow the profile's country, whatever the browser says.
    const entry = await t.app.inject({
      method: 'POST',
      url: '/api/v1/journal/entries',
      headers: { cookie: user.cookie, origin: t.app.config.publicUrl.origin, 'x-requested-with': 'daybook', 'content-type': 'application/json', 'accept-language': 'en-US' },
      payload: { body: "I don't want to be here anymore." },
    });
    expect(entry.json().support.helplines[0].name).toBe('Samaritans');
    expect((await send(t.app, 'DELETE', '/api/v1/profile', { cookie: user.cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/profile', headers: { cookie: user.cookie } })).json().updatedAt).toBeNull();
  });

  it.each([
    ['an unknown age range', { ageRange: '30ish' }],
    ['a country name instead of a code', { country: 'United Kingdom' }],
    ['an unknown concern', { concerns: ['everything'] }],
    ['an unknown field', { religion: 'x' }],
    ['500+ characters of other concerns', { otherConcerns: 'x'.repeat(501) }],
  ])('rejects %s', async (_name, body) => {
    const response = await send(t.app, 'PUT', '/api/v1/profile', { cookie: user.cookie }, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it("is the owner's alone: another account or an admin sees only their own", async () => {
    await send(t.app, 'PUT', '/api/v1/profile', { cookie: user.cookie }, { gender: 'woman' });
    expect((await t.app.inject({ url: '/api/v1/profile', headers: { cookie: admin.cookie } })).json().gender).toBeNull();
  });
});

describe(`safety plan (${testDatabase})`, () => {
  it('keeps a plan in the person\'s own words, encrypted, and rejects malformed ones', async () => {
    const t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    try {
      const user = await signUp(t.app);
      expect((await t.app.inject({ url: '/api/v1/safety/plan', headers: { cookie: user.cookie } })).json()).toMatchObject({ warningSigns: [], updatedAt: null });
      const plan = { warningSigns: ['staying in bed all day'], copingSteps: ['walk to the park'], peopleToAsk: ['my sister Ana'], reasonsToLive: ['my cat'] };
      const saved = await send(t.app, 'PUT', '/api/v1/safety/plan', { cookie: user.cookie }, plan);
      expect(saved.json()).toMatchObject({ ...plan, professionals: [] });
      const stored = await sql<{ data: string }>`select data from safety_plan`.execute(t.app.db.kysely);
      expect(JSON.stringify(stored.rows)).not.toMatch(/sister|park|cat/);
      for (const bad of [{ warningSigns: 'one string' }, { warningSigns: ['x'.repeat(301)] }, { unknown: [] }]) {
        expect((await send(t.app, 'PUT', '/api/v1/safety/plan', { cookie: user.cookie }, bad)).statusCode).toBe(400);
      }
    } finally {
      await t.close();
    }
  });
});
