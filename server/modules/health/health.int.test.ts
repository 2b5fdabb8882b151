import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, testWithRedis, type TestApp } from '../../../test/app.ts';

describe(`health endpoints (${testDatabase}${testWithRedis ? ' + redis' : ''})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is live while the process runs', async () => {
    const response = await t.app.inject({ url: '/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'alive' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is ready when the database (and Redis, when configured) answer', async () => {
    const response = await t.app.inject({ url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ready');
    expect(body.checks.database.status).toBe('up');
    expect(body.checks.redis.status).toBe(testWithRedis ? 'up' : 'disabled');
  });

  it('reports version, uptime and each check without secrets', async () => {
    const response = await t.app.inject({ url: '/health' });
    const body = response.json();
    expect(body).toMatchObject({ status: 'ok', version: expect.any(String), database: testDatabase, cache: testWithRedis ? 'redis' : 'memory' });
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(response.body).not.toMatch(/postgres:\/\/|redis:\/\/|password/i);
    expect(response.body).not.toContain(t.environment.dataDir);
  });

  it('reports the same instance id on every start against one database', async () => {
    const first = (await t.app.inject({ url: '/health' })).json().instanceId;
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns not-ready (503) during shutdown while staying live', async () => {
    t.app.lifecycle.shuttingDown = true;
    try {
      const ready = await t.app.inject({ url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['retry-after']).toBe('5');
      expect((await t.app.inject({ url: '/health' })).json().status).toBe('shutting_down');
      expect((await t.app.inject({ url: '/health/live' })).statusCode).toBe(200);
    } finally {
      t.app.lifecycle.shuttingDown = false;
    }
  });
});

describe(`Redis going away (${testDatabase})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: this is Redis configured but unreachable.
    t = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports not-ready but keeps serving without 5xx', async () => {
    const ready = await t.app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks.redis).toEqual({ status: 'down', detail: 'unreachable' });
    expect((await t.app.inject({ url: '/health/live' })).statusCode).toBe(200);
    const health = await t.app.inject({ url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().status).toBe('degraded');
  });

  it('degrades the cache to misses and counts the failures', async () => {
    await t.app.cache.set('k', 'v', 60);
    expect(await t.app.cache.get('k')).toBeUndefined();
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.body).toMatch(/daybook_redis_errors_total\{operation="cache_set"\} [1-9]/);
    expect(metrics.body).toMatch(/daybook_redis_errors_total\{operation="cache_get"\} [1-9]/);
  });
});

// Registered only in the Redis run, so the SQLite run reports no skip.
if (testWithRedis) describe('Redis cache (real Redis)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores, expires and deletes values in Redis', async () => {
    expect(t.app.cache.kind).toBe('redis');
    const key = `test:${Date.now()}:${Math.random()}`;
    await t.app.cache.set(key, 'value', 60);
    expect(await t.app.cache.get(key)).toBe('value');
    expect(await t.app.redis?.client.ttl(`daybook:cache:${key}`)).toBeGreaterThan(0);
    await t.app.cache.delete(key);
    expect(await t.app.cache.get(key)).toBeUndefined();
  });

  it('counts atomically in Redis, shared by every instance', async () => {
    const key = `count:${Date.now()}:${Math.random()}`;
    const counts = await Promise.all(Array.from({ length: 10 }, () => t.app.cache.increment(key, 60)));
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await t.app.cache.increment(key, 60, 5)).toBe(15);
  });
});
