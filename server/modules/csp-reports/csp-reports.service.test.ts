import { describe, expect, it } from 'vitest';
import { summariseReport } from './csp-reports.service.ts';

describe('summariseReport', () => {
  it.each([
    [
      'legacy report-uri body',
      { 'csp-report': { 'effective-directive': 'script-src-elem', 'blocked-uri': 'https://evil.example/x.js?token=secret' } },
      [{ directive: 'script-src-elem', blocked: 'https://evil.example' }],
    ],
    [
      'legacy body with only violated-directive and a keyword',
      { 'csp-report': { 'violated-directive': "script-src 'self'", 'blocked-uri': 'inline' } },
      [{ directive: 'script-src', blocked: 'inline' }],
    ],
    [
      'Reporting API batch, ignoring other report types',
      [
        { type: 'csp-violation', body: { effectiveDirective: 'img-src', blockedURL: 'data:image/png;base64,AAAA' } },
        { type: 'deprecation', body: {} },
      ],
      [{ directive: 'img-src', blocked: 'data' }],
    ],
  ])('%s', (_name, body, expected) => {
    expect(summariseReport(body as never)).toEqual(expected);
  });
});
