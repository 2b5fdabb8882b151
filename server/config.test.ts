import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, envSchema, parseConfig, securityWarnings } from './config.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseConfig', () => {
  it('gives working defaults for a first local run', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.database.kind).toBe('sqlite');
    expect(config.BODY_LIMIT_BYTES).toBe(1024 * 1024);
    expect(config.secureTransport).toBe(false);
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['CORS_ORIGINS', 'javascript:alert(1)'],
    ['CORS_ORIGINS', 'https://ok.example,not a url'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '*'],
    ['TRUST_PROXY', '2'],
    ['BODY_LIMIT_BYTES', '-1'],
    ['BODY_LIMIT_BYTES', '1e309'],
    ['API_DOCS', 'maybe'],
    ['METRICS_TOKEN', 'short'],
    ['AUTH_SECRET', 'too-short'],
    ['PUBLIC_URL', 'ftp://example.org'],
    ['DB_POOL_MAX', '0'],
  ])('rejects %s=%s with a message naming the setting', (key, value) => {
    const problems = problemsOf({ [key]: value });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(key);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', API_DOCS: 'maybe' });
    expect(problems).toHaveLength(3);
    const error = (() => {
      try {
        parseConfig({ PORT: 'abc', LOG_LEVEL: 'loud' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/PORT[\s\S]*LOG_LEVEL/);
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it('reads postgres and sqlite database URLs', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://u@h:5432/d' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/d' });
    expect(parseConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({ kind: 'sqlite', file: ':memory:' });
  });

  it('splits a TRUST_PROXY list', () => {
    expect(parseConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8']);
  });

  describe('production', () => {
    const secret = 'x'.repeat(40);

    it('refuses to start without secrets and an https PUBLIC_URL, listing both', () => {
      const problems = problemsOf({ NODE_ENV: 'production' });
      expect(problems.some((p) => p.startsWith('AUTH_SECRET'))).toBe(true);
      expect(problems.some((p) => p.startsWith('PUBLIC_URL'))).toBe(true);
    });

    it('refuses plain http unless explicitly overridden', () => {
      expect(problemsOf({ NODE_ENV: 'production', AUTH_SECRET: secret, PUBLIC_URL: 'http://daybook.example' })).toHaveLength(1);
      const config = parseConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, PUBLIC_URL: 'http://daybook.example', ALLOW_INSECURE_HTTP: 'true' });
      expect(config.secureTransport).toBe(false);
      expect(securityWarnings(config).join(' ')).toContain('ALLOW_INSECURE_HTTP');
    });

    it('starts with secrets and https', () => {
      const config = parseConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, PUBLIC_URL: 'https://daybook.example' });
      expect(config.secureTransport).toBe(true);
      expect(config.isProduction).toBe(true);
    });
  });
});

describe('.env.example', () => {
  it('documents every setting the schema reads, and nothing else', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(envSchema.shape).sort());
  });
});
