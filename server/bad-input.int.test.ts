import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../test/app.ts';
import { createWebFixture } from '../test/web-fixture.ts';

const reportUrl = '/api/v1/csp-reports';
const validReport = JSON.stringify({ 'csp-report': { 'effective-directive': 'script-src', 'blocked-uri': 'inline' } });

interface BadRequestCase {
  name: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  url?: string;
  contentType?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  status: number;
  code: string;
}

const cases: BadRequestCase[] = [
  { name: 'malformed JSON', body: '{"csp-report": ', status: 400, code: 'INVALID_JSON' },
  { name: 'JSON with a trailing comma', body: '{"csp-report": {},}', status: 400, code: 'INVALID_JSON' },
  { name: 'empty JSON body', body: '', status: 400, code: 'INVALID_JSON' },
  { name: 'prototype poisoning', body: '{"csp-report": {}, "__proto__": {"admin": true}}', status: 400, code: 'INVALID_JSON' },
  { name: 'constructor poisoning', body: '{"constructor": {"prototype": {"admin": true}}}', status: 400, code: 'INVALID_JSON' },
  { name: 'wrong shape', body: '{"csp-report": "nope"}', status: 400, code: 'VALIDATION_FAILED' },
  { name: 'a JSON string instead of an object', body: '"hello"', status: 400, code: 'VALIDATION_FAILED' },
  { name: 'an oversized field', body: JSON.stringify({ 'csp-report': { 'blocked-uri': 'x'.repeat(5000) } }), status: 400, code: 'VALIDATION_FAILED' },
  { name: 'text/plain body', contentType: 'text/plain', body: validReport, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'form body', contentType: 'application/x-www-form-urlencoded', body: 'a=1', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'XML body', contentType: 'application/xml', body: '<a/>', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a body over the route limit', body: JSON.stringify({ pad: 'x'.repeat(70 * 1024) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  {
    name: 'a body over the 1 MiB global limit',
    url: '/api/v1/anything',
    body: JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 10) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  { name: 'an unknown API route', url: '/api/v1/unknown', method: 'GET', status: 404, code: 'NOT_FOUND' },
  { name: 'an unknown method on a known path', url: '/health', method: 'DELETE', status: 404, code: 'NOT_FOUND' },
  { name: 'a malformed percent-encoding', url: '/api/v1/%E0%A4%A', method: 'GET', status: 400, code: 'BAD_REQUEST' },
  { name: 'a huge URL', url: `/api/v1/${'a'.repeat(8000)}`, method: 'GET', status: 404, code: 'NOT_FOUND' },
];

describe(`bad input (${testDatabase})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { webRoot: createWebFixture() });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(cases)('$name → $status $code', async (testCase) => {
    const response = await t.app.inject({
      method: testCase.method ?? 'POST',
      url: testCase.url ?? reportUrl,
      headers: {
        ...(testCase.body !== undefined ? { 'content-type': testCase.contentType ?? 'application/json' } : {}),
        ...testCase.headers,
      },
      payload: testCase.body,
    });
    expect(response.statusCode).toBe(testCase.status);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = response.json();
    expect(body.error.code).toBe(testCase.code);
    expect(body.error.message).toEqual(expect.any(String));
    expect(body.error.requestId).toBe(response.headers['x-request-id']);
  });

  it('names the invalid field in validation errors', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: reportUrl,
      headers: { 'content-type': 'application/json' },
      payload: '{"csp-report": "nope"}',
    });
    expect(response.json().error.details[0].path).toContain('body');
  });

  it('accepts a well-formed report in both browser formats', async () => {
    const legacy = await t.app.inject({ method: 'POST', url: reportUrl, headers: { 'content-type': 'application/csp-report' }, payload: validReport });
    expect(legacy.statusCode).toBe(204);
    const batch = await t.app.inject({
      method: 'POST',
      url: reportUrl,
      headers: { 'content-type': 'application/reports+json' },
      payload: JSON.stringify([{ type: 'csp-violation', body: { effectiveDirective: 'img-src', blockedURL: 'https://x.example/a.png' } }]),
    });
    expect(batch.statusCode).toBe(204);
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('daybook_csp_violations_total{directive="script-src"} 1');
    expect(metrics.body).toContain('daybook_csp_violations_total{directive="img-src"} 1');
  });

  it('never answers any of these with a 5xx', async () => {
    const statuses = t.logs.map((line) => (line.res as { statusCode?: number } | undefined)?.statusCode).filter(Boolean);
    expect(statuses.every((status) => Number(status) < 500)).toBe(true);
  });
});
