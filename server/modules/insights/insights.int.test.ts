import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { logMood } from '../../../test/checkins.ts';
import { writeEntry } from '../../../test/journal.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

describe(`insights (${testDatabase})`, () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    user = await signUp(t.app);
    await send(t.app, 'PATCH', '/api/v1/checkins/settings', { cookie: user.cookie }, { timeZone: 'Asia/Tokyo' });
    for (const [date, mood, tags] of [
      ['2026-11-01', 8, ['walk']],
      ['2026-11-02', 7, ['walk']],
      ['2026-11-03', 9, ['walk']],
      ['2026-11-04', 4, ['work']],
      ['2026-11-05', 3, ['work']],
      ['2026-11-06', 5, []],
    ] as const) {
      await writeEntry(t.app, user, { body: `Day ${date}: it was a day.`, mood, tags: [...tags], entryDate: date });
    }
    // 23:30 UTC on the 6th is 08:30 on the 7th in Tokyo.
    await logMood(t.app, user, { score: 6, recordedAt: '2026-11-06T23:30:00Z' });
    await t.app.jobs.runDue();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports days, weeks, streaks, top tags and tag-mood links in the person\'s time zone', async () => {
    const response = await t.app.inject({ url: '/api/v1/insights?from=2026-11-01&to=2026-11-07', headers: { cookie: user.cookie } });
    expect(response.statusCode).toBe(200);
    const insights = response.json();
    expect(insights.timeZone).toBe('Asia/Tokyo');
    expect(insights.days.at(-1)).toMatchObject({ date: '2026-11-07', entries: 0, mood: 6 });
    expect(insights.days[0].sentiment).not.toBeNull();
    expect(insights.weeks.map((w: { weekOf: string }) => w.weekOf)).toEqual(['2026-10-26', '2026-11-02']);
    expect(insights.streaks).toEqual({ currentDays: 0, longestDays: 6 });
    expect(insights.topTags).toEqual([{ tag: 'walk', days: 3 }, { tag: 'work', days: 2 }]);
    expect(insights.tagMood).toEqual([{ tag: 'walk', moodWith: 8, moodWithout: 4.5, difference: 3.5, daysWith: 3, daysWithout: 4 }]);
  });

  it.each([
    ['from after to', '?from=2026-11-05&to=2026-11-01'],
    ['more than 366 days', '?from=2024-01-01&to=2026-01-01'],
    ['an impossible date', '?from=2026-02-30'],
    ['the year 50', '?from=0050-01-01&to=0050-01-02'],
    ['the last days of year 9999', '?from=9998-12-31&to=9999-12-31'],
  ])('rejects %s', async (_name, query) => {
    const response = await t.app.inject({ url: `/api/v1/insights${query}`, headers: { cookie: user.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers for a time zone that skipped a whole day (Samoa, 2011-12-30)', async () => {
    const samoan = await signUp(t.app);
    expect((await send(t.app, 'PATCH', '/api/v1/checkins/settings', { cookie: samoan.cookie }, { timeZone: 'Pacific/Apia' })).statusCode).toBe(200);
    const insights = await t.app.inject({ url: '/api/v1/insights?from=2011-12-01&to=2011-12-31', headers: { cookie: samoan.cookie } });
    expect(insights.statusCode).toBe(200);
    const summary = await t.app.inject({ url: '/api/v1/checkins/summary?from=2011-12-01&to=2011-12-31', headers: { cookie: samoan.cookie } });
    expect(summary.statusCode).toBe(200);
  });

  it("shows nothing of anyone else's", async () => {
    const other = await signUp(t.app);
    const response = await t.app.inject({ url: '/api/v1/insights?from=2026-11-01&to=2026-11-07', headers: { cookie: other.cookie } });
    expect(response.json().topTags).toEqual([]);
    expect(response.json().days.every((d: { entries: number }) => d.entries === 0)).toBe(true);
  });
});
