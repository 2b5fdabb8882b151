import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { logMood, logWater } from '../../../test/checkins.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

const yearAhead = () => new Date(Date.now() + 366 * 86_400_000).toISOString();

describe(`check-in bad input (${testDatabase})`, () => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let other: TestUser;
  let moodId: string;
  let waterId: string;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    [owner, viewer, other] = [await signUp(t.app), await signUp(t.app), await signUp(t.app)];
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: viewer.email, role: 'viewer' });
    moodId = (await logMood(t.app, owner, { score: 5, note: 'original' })).id;
    waterId = (await logWater(t.app, owner, { amountMl: 300 })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const snapshot = async () => ({
    mood: (await t.app.inject({ url: '/api/v1/checkins/mood', headers: { cookie: owner.cookie } })).json(),
    water: (await t.app.inject({ url: '/api/v1/checkins/water', headers: { cookie: owner.cookie } })).json(),
    settings: (await t.app.inject({ url: '/api/v1/checkins/settings', headers: { cookie: owner.cookie } })).json(),
  });

  type Case = { name: string; as?: 'owner' | 'viewer' | 'other'; method: 'POST' | 'PATCH' | 'DELETE'; url: string | (() => string); body?: unknown; status: number; code: string };
  const cases: Case[] = [
    ...[0, 11, 5.5, '7', null, -1, 1e6].map((score) => ({ name: `mood score ${JSON.stringify(score)}`, method: 'POST' as const, url: '/api/v1/checkins/mood', body: { score }, status: 400, code: 'VALIDATION_FAILED' })),
    { name: 'mood without a score', method: 'POST', url: '/api/v1/checkins/mood', body: {}, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a note over 1,000 characters', method: 'POST', url: '/api/v1/checkins/mood', body: { score: 5, note: 'x'.repeat(1001) }, status: 400, code: 'VALIDATION_FAILED' },
    { name: '11 emotion tags', method: 'POST', url: '/api/v1/checkins/mood', body: { score: 5, emotions: Array.from({ length: 11 }, (_, i) => `tag${'abcdefghijk'[i]}`) }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an emotion tag with markup', method: 'POST', url: '/api/v1/checkins/mood', body: { score: 5, emotions: ['<script>'] }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a timestamp a year ahead', method: 'POST', url: '/api/v1/checkins/mood', body: { score: 5, recordedAt: yearAhead() }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a timestamp before 2000', method: 'POST', url: '/api/v1/checkins/water', body: { amountMl: 100, recordedAt: '1999-12-31T23:59:59Z' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a timestamp that is not a date', method: 'POST', url: '/api/v1/checkins/water', body: { amountMl: 100, recordedAt: 'yesterday' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an unknown field', method: 'POST', url: '/api/v1/checkins/mood', body: { score: 5, userId: 'someone' }, status: 400, code: 'VALIDATION_FAILED' },
    ...[0, -5, 5001, 2.5, '250'].map((amountMl) => ({ name: `water ${JSON.stringify(amountMl)} ml`, method: 'POST' as const, url: '/api/v1/checkins/water', body: { amountMl }, status: 400, code: 'VALIDATION_FAILED' })),
    { name: 'water 1e309 ml (JSON Infinity)', method: 'POST', url: '/api/v1/checkins/water', body: '{"amountMl": 1e309}', status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an unknown time zone', method: 'PATCH', url: '/api/v1/checkins/settings', body: { timeZone: 'Mars/Olympus_Mons' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a water goal of 100 ml', method: 'PATCH', url: '/api/v1/checkins/settings', body: { waterGoalMl: 100 }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an unknown unit', method: 'PATCH', url: '/api/v1/checkins/settings', body: { waterUnit: 'gallons' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an empty patch', method: 'PATCH', url: () => `/api/v1/checkins/mood/${moodId}`, body: {}, status: 400, code: 'VALIDATION_FAILED' },
    { name: "another user's mood id", as: 'other', method: 'PATCH', url: () => `/api/v1/checkins/mood/${moodId}`, body: { score: 1 }, status: 404, code: 'NOT_FOUND' },
    { name: "another user's water id (delete)", as: 'other', method: 'DELETE', url: () => `/api/v1/checkins/water/${waterId}`, status: 404, code: 'NOT_FOUND' },
    { name: "writing for an owner who didn't share", as: 'other', method: 'POST', url: '/api/v1/checkins/water', body: () => ({ amountMl: 100, ownerId: owner.id }), status: 404, code: 'NOT_FOUND' },
    { name: 'a viewer editing', as: 'viewer', method: 'PATCH', url: () => `/api/v1/checkins/mood/${moodId}`, body: { score: 1 }, status: 403, code: 'FORBIDDEN' },
    { name: 'a viewer deleting', as: 'viewer', method: 'DELETE', url: () => `/api/v1/checkins/water/${waterId}`, status: 403, code: 'FORBIDDEN' },
    { name: 'a viewer adding', as: 'viewer', method: 'POST', url: '/api/v1/checkins/mood', body: () => ({ score: 3, ownerId: owner.id }), status: 403, code: 'FORBIDDEN' },
  ].map((c) => c as Case);

  it.each(cases)('$name → $status $code, nothing changes', async (testCase) => {
    const before = await snapshot();
    const user = { owner, viewer, other }[testCase.as ?? 'owner'];
    const url = typeof testCase.url === 'function' ? testCase.url() : testCase.url;
    const body = typeof testCase.body === 'function' ? (testCase.body as () => unknown)() : testCase.body;
    const response =
      typeof body === 'string'
        ? await t.app.inject({ method: testCase.method, url, headers: { cookie: user.cookie, origin: t.app.config.publicUrl.origin, 'x-requested-with': 'daybook', 'content-type': 'application/json' }, payload: body })
        : await send(t.app, testCase.method, url, { cookie: user.cookie }, body);
    expect(response.statusCode).toBe(testCase.status);
    expect(response.json().error.code).toBe(testCase.code);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['from after to', '/api/v1/checkins/summary?from=2026-02-02&to=2026-02-01'],
    ['a range over 366 days', '/api/v1/checkins/summary?from=2024-01-01&to=2026-01-01'],
    ['an impossible date', '/api/v1/checkins/summary?from=2026-02-30&to=2026-03-01'],
    // These once hung the server (a loop hunting for a day Date.UTC could not reach) or gave a 500.
    ['the year 50', '/api/v1/checkins/summary?from=0050-01-01&to=0050-01-02'],
    ['the last days of year 9999', '/api/v1/checkins/summary?from=9998-12-31&to=9999-12-31'],
    ['a date past 2100', '/api/v1/checkins/summary?from=2101-01-01&to=2101-01-02'],
    ['a date before 1970', '/api/v1/checkins/mood?from=1969-12-31'],
    ['a missing date', '/api/v1/checkins/summary?from=2026-02-01'],
    ['a bad cursor', '/api/v1/checkins/mood?cursor=not-a-cursor'],
    ['a page size of 1000', '/api/v1/checkins/water?limit=1000'],
    ['an unknown export format', '/api/v1/checkins/export?format=xlsx'],
  ])('rejects a query with %s', async (_name, url) => {
    const response = await t.app.inject({ url, headers: { cookie: owner.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
