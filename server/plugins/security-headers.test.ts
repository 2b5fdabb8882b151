import { describe, expect, it } from 'vitest';
import { computeSecurityHeaders } from './security-headers.ts';

describe('computeSecurityHeaders', () => {
  const headers = computeSecurityHeaders({ secureTransport: false, reportUri: '/api/v1/csp-reports' });
  const csp = headers['content-security-policy'] ?? '';
  const directive = (name: string) => csp.split(';').find((d) => d.trim().startsWith(`${name} `))?.trim();

  it('has a strict script policy with no unsafe keywords', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it.each([
    ['object-src', "object-src 'none'"],
    ['base-uri', "base-uri 'none'"],
    ['frame-ancestors', "frame-ancestors 'none'"],
    ['form-action', "form-action 'self'"],
    ['report-uri', 'report-uri /api/v1/csp-reports'],
  ])('sets %s', (name, expected) => {
    expect(directive(name)).toBe(expected);
  });

  it('sets the other protective headers', () => {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('sends HSTS only over HTTPS, for a year with subdomains', () => {
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(csp).not.toContain('upgrade-insecure-requests');
    const secure = computeSecurityHeaders({ secureTransport: true });
    expect(secure['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(secure['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('is frozen so no request can alter the shared set', () => {
    expect(Object.isFrozen(headers)).toBe(true);
  });
});
