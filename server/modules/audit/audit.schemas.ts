import { z } from 'zod';
import { pageQuerySchema } from '../../lib/pagination.ts';

export const auditOutcomes = ['success', 'failure', 'denied'] as const;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  outcome: z.enum(auditOutcomes),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});

export const auditQuerySchema = pageQuerySchema.extend({
  action: z.string().max(64).regex(/^[a-z0-9_.]+$/).optional(),
  outcome: z.enum(auditOutcomes).optional(),
  actorId: z.string().max(64).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditDetail = NonNullable<AuditEntry['detail']>;

/** What a caller records. Never passwords, tokens, or any journal or chat text. */
export interface AuditEvent {
  action: string;
  outcome: (typeof auditOutcomes)[number];
  actorId?: string | null;
  actorEmail?: string | null;
  targetId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  detail?: AuditDetail;
}
