import { z } from 'zod';

export const checkSchema = z.object({
  status: z.enum(['up', 'down', 'disabled']),
  latencyMs: z.number().optional(),
  detail: z.string().optional(),
});

export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({ database: checkSchema, redis: checkSchema }),
});

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'shutting_down']),
  version: z.string(),
  uptimeSeconds: z.number(),
  startedAt: z.string(),
  instanceId: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  cache: z.enum(['memory', 'redis']),
  checks: z.object({ database: checkSchema, redis: checkSchema }),
});

export const liveSchema = z.object({ status: z.literal('alive') });

export type Check = z.infer<typeof checkSchema>;
export type Health = z.infer<typeof healthSchema>;
export type Readiness = z.infer<typeof readinessSchema>;
