import type { CspReportBody, Violation } from './csp-reports.schemas.ts';

export interface ViolationSummary {
  directive: string;
  /** Only the origin (or keyword such as `inline`) of what was blocked: never a full URL. */
  blocked: string;
}

function originOf(value: string | undefined): string {
  if (!value) return 'unknown';
  try {
    const url = new URL(value);
    return url.origin === 'null' ? url.protocol.replace(':', '') : url.origin;
  } catch {
    // Keywords such as "inline" or "eval" are not URLs.
    return value.slice(0, 32);
  }
}

function summarise(violation: Violation): ViolationSummary {
  const directive = violation['effective-directive'] ?? violation.effectiveDirective ?? violation['violated-directive'] ?? 'unknown';
  return {
    directive: directive.split(' ', 1)[0]?.slice(0, 64) ?? 'unknown',
    blocked: originOf(violation['blocked-uri'] ?? violation.blockedURL),
  };
}

/** Reduces a report (either browser format) to what is safe to log and count. */
export function summariseReport(body: CspReportBody): ViolationSummary[] {
  if (Array.isArray(body)) {
    return body.filter((report) => report.type === 'csp-violation' && report.body).map((report) => summarise(report.body ?? {}));
  }
  return [summarise(body['csp-report'])];
}
