import { z } from 'zod';

const text = z.string().max(2048);

/** The fields of a violation that we keep; browsers send more, which is ignored. */
const violation = z.object({
  'document-uri': text.optional(),
  documentURL: text.optional(),
  'violated-directive': text.optional(),
  'effective-directive': text.optional(),
  effectiveDirective: text.optional(),
  'blocked-uri': text.optional(),
  blockedURL: text.optional(),
});

/** `report-uri` style: Content-Type application/csp-report, one report per request. */
export const legacyReportSchema = z.object({ 'csp-report': violation });

/** Reporting API style: Content-Type application/reports+json, a batch of reports. */
export const reportingApiSchema = z
  .array(z.object({ type: z.string().max(64), body: violation.optional() }))
  .max(100);

export const cspReportBodySchema = z.union([legacyReportSchema, reportingApiSchema]);

export type CspReportBody = z.infer<typeof cspReportBodySchema>;
export type Violation = z.infer<typeof violation>;
