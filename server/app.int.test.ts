import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabase, type TestApp } from '../test/app.ts';
import { createWebFixture } from '../test/web-fixture.ts';

describe(`HTTP core (${testDatabase})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { webRoot: createWebFixture() });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends the security headers on every response, API or page', async () => {
    for (const url of ['/health/live', '/', '/api/v1/nope']) {
      const response = await t.app.inject({ url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
      // Served over plain HTTP in tests: no HSTS.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('returns a caller-supplied request id and replaces a hostile one', async () => {
    const kept = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': 'trace-abc.123' } });
    expect(kept.headers['x-request-id']).toBe('trace-abc.123');
    const replaced = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': 'bad id\r\nSet-Cookie: x' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const tooLong = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': 'a'.repeat(129) } });
    expect(tooLong.headers['x-request-id']).not.toBe('a'.repeat(129));
  });

  it('answers unknown API paths with the JSON error shape, never the web app', async () => {
    const response = await t.app.inject({ url: '/api/v1/does-not-exist' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found.', requestId: response.headers['x-request-id'] } });
  });

  it('serves index.html for client routes with no-cache and hashed assets with a long cache', async () => {
    const page = await t.app.inject({ url: '/status', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<div id="root">');

    const asset = await t.app.inject({ url: '/assets/app-3f2a1b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const missingAsset = await t.app.inject({ url: '/assets/missing-000.js' });
    expect(missingAsset.statusCode).toBe(404);
    expect(missingAsset.json().error.code).toBe('NOT_FOUND');
  });

  it.each(['/.env', '/.git/config', '/.git/HEAD', '/assets/.hidden', '/%2egit/config', '/status/.htaccess'])(
    'never serves dotfile path %s',
    async (url) => {
      const response = await t.app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    },
  );

  it.each(['/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%2f..%2fpackage.json'])(
    'never serves a file outside the web root for %s',
    async (url) => {
      const response = await t.app.inject({ url });
      expect(response.body).not.toContain('"name": "daybook"');
      expect([200, 400, 404]).toContain(response.statusCode);
      if (response.statusCode === 200) expect(response.body).toContain('<div id="root">');
    },
  );

  it.each(['TRACE', 'CONNECT'])('answers %s with 405', async (method) => {
    const response = await t.app.inject({ method: method as 'GET', url: '/' });
    expect(response.statusCode).toBe(405);
    expect(response.json().error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('compresses responses over 1 KiB and leaves small ones alone', async () => {
    const large = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'br, gzip' } });
    expect(large.headers['content-encoding']).toBe('br');
    const gzip = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const small = await t.app.inject({ url: '/health/live', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('publishes an OpenAPI 3.1 description generated from the route schemas', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/health/ready', '/api/v1/csp-reports']));
    expect(document.paths['/metrics']).toBeUndefined();
  });

  it('serves Swagger UI at /api/docs without weakening the script policy', async () => {
    const response = await t.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain('unsafe-eval');
  });

  it('sends no CORS headers when no origin is allowed', async () => {
    const response = await t.app.inject({ url: '/health', headers: { origin: 'https://evil.example' } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('declares an access level for every route in the table', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(5);
    for (const route of t.app.routeTable) expect(['public', 'user', 'admin']).toContain(route.access);
    expect(t.app.routeTable).toContainEqual({ method: 'GET', url: '/health/ready', access: 'public' });
  });
});

describe(`optional features (${testDatabase})`, () => {
  it('allows only the configured CORS origins', async () => {
    const t = await createTestApp({ CORS_ORIGINS: 'https://app.example' });
    try {
      const allowed = await t.app.inject({
        method: 'OPTIONS',
        url: '/health',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
      const denied = await t.app.inject({ url: '/health', headers: { origin: 'https://evil.example' } });
      expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('switches Swagger UI off with API_DOCS=false but keeps the JSON description', async () => {
    const t = await createTestApp({ API_DOCS: 'false' });
    try {
      expect((await t.app.inject({ url: '/api/docs/' })).statusCode).toBe(404);
      expect((await t.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('sends HSTS when served over HTTPS', async () => {
    const t = await createTestApp({ PUBLIC_URL: 'https://daybook.example' });
    try {
      const response = await t.app.inject({ url: '/health/live' });
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await t.close();
    }
  });
});
