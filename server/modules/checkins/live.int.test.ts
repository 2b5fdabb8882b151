import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, testWithRedis, type TestApp } from '../../../test/app.ts';
import { send, signUp, type TestUser } from '../../../test/auth.ts';
import { createMemoryMailer } from '../../integrations/email/mailer.ts';

/** Opens the SSE stream over real HTTP and resolves with the first check-in event it carries. */
async function openStream(t: TestApp, user: TestUser) {
  const port = (t.app.server.address() as AddressInfo).port;
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/checkins/stream`, { headers: { cookie: user.cookie }, signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const ready = (async () => {
    while (!buffer.includes('event: ready')) buffer += decoder.decode((await reader.read()).value ?? new Uint8Array(), { stream: true });
  })();
  await ready;
  const nextCheckin = async (timeoutMs = 3000) => {
    const deadline = setTimeout(() => controller.abort(), timeoutMs);
    try {
      while (!/event: checkin\ndata: .*\n\n/.test(buffer)) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
      }
    } finally {
      clearTimeout(deadline);
    }
    const match = /event: checkin\ndata: (.*)\n\n/.exec(buffer);
    if (!match) throw new Error('no check-in event arrived');
    buffer = buffer.slice((match.index ?? 0) + match[0].length);
    return JSON.parse(match[1] ?? '{}') as { ownerId: string; kind: string; action: string; id: string };
  };
  return { nextCheckin, close: () => controller.abort() };
}

describe(`live updates (${testDatabase}${testWithRedis ? ' + redis' : ''})`, () => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ REGISTRATION: 'open' }, { mailer: createMemoryMailer() });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    [owner, viewer] = [await signUp(t.app), await signUp(t.app)];
    await send(t.app, 'POST', '/api/v1/sharing', { cookie: owner.cookie }, { email: viewer.email, role: 'viewer' });
  });
  afterAll(async () => {
    await t.close();
  });

  it("pushes a check-in to the owner's other screens and to people they share with", async () => {
    const ownerScreen = await openStream(t, owner);
    const viewerScreen = await openStream(t, viewer);
    const created = await send(t.app, 'POST', '/api/v1/checkins/water', { cookie: owner.cookie }, { amountMl: 330 });
    const expected = { ownerId: owner.id, kind: 'water', action: 'created', id: created.json().id };
    expect(await ownerScreen.nextCheckin()).toEqual(expected);
    expect(await viewerScreen.nextCheckin()).toEqual(expected);
    ownerScreen.close();
    viewerScreen.close();
  });

  it('does not tell anyone else', async () => {
    const stranger = await signUp(t.app);
    const screen = await openStream(t, stranger);
    await send(t.app, 'POST', '/api/v1/checkins/mood', { cookie: owner.cookie }, { score: 6 });
    const mine = await send(t.app, 'POST', '/api/v1/checkins/mood', { cookie: stranger.cookie }, { score: 2 });
    // The first event the stranger sees is their own, not the owner's.
    expect((await screen.nextCheckin()).id).toBe(mine.json().id);
    screen.close();
  });

  // Two real app instances on one PostgreSQL and one Redis: only meaningful in the scale-out run.
  if (testWithRedis) {
    it('reaches a screen connected to another instance through Redis', async () => {
      const second = await createTestApp({ REGISTRATION: 'open', DATABASE_URL: t.config.DATABASE_URL ?? '', REDIS_URL: t.config.REDIS_URL ?? '', DATA_DIR: t.environment.dataDir }, { mailer: createMemoryMailer() });
      try {
        await second.app.listen({ host: '127.0.0.1', port: 0 });
        const screenOnSecond = await openStream(second, owner);
        const created = await send(t.app, 'POST', '/api/v1/checkins/mood', { cookie: owner.cookie }, { score: 9 });
        expect(await screenOnSecond.nextCheckin(1000)).toEqual({ ownerId: owner.id, kind: 'mood', action: 'created', id: created.json().id });
        screenOnSecond.close();
      } finally {
        await second.close();
      }
    });
  }
});
