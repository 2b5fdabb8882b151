import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../../test/app.ts';

describe(`/metrics (${testDatabase})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves Prometheus text with request, database, process and event-loop metrics', async () => {
    await t.app.inject({ url: '/health/ready' });
    const response = await t.app.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('daybook_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/health/ready",status_code="200"}');
    expect(response.body).toMatch(new RegExp(`daybook_db_query_duration_seconds_count\\{dialect="${testDatabase}",kind="select",outcome="ok"\\} [1-9]`));
    for (const name of ['daybook_process_cpu_seconds_total', 'daybook_process_resident_memory_bytes', 'daybook_nodejs_heap_size_used_bytes', 'daybook_nodejs_eventloop_lag_seconds']) {
      expect(response.body).toContain(name);
    }
  });

  it('labels unmatched requests by a fixed name so URLs cannot explode the label set', async () => {
    await t.app.inject({ url: `/api/v1/random-${Math.random()}` });
    const response = await t.app.inject({ url: '/metrics' });
    expect(response.body).toContain('route="unmatched"');
    expect(response.body).not.toContain('random-');
  });

  it('refuses clients that are not on loopback', async () => {
    const response = await t.app.inject({ url: '/metrics', remoteAddress: '203.0.113.7' });
    expect(response.statusCode).toBe(404);
  });
});

describe(`/metrics with METRICS_TOKEN (${testDatabase})`, () => {
  let t: TestApp;
  const token = 'metrics-token-0123456789';
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN: token });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['no header', undefined, 401],
    ['a wrong token', 'Bearer metrics-token-9999999999', 401],
    ['a token of another length', 'Bearer x', 401],
    ['a non-bearer scheme', `Basic ${token}`, 401],
    ['the right token', `Bearer ${token}`, 200],
  ])('with %s answers %i, even from another host', async (_name, authorization, status) => {
    const response = await t.app.inject({
      url: '/metrics',
      remoteAddress: '203.0.113.7',
      headers: authorization ? { authorization } : {},
    });
    expect(response.statusCode).toBe(status);
  });
});
