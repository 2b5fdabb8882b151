import { z } from 'zod';

export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  role: z.enum(['admin', 'user']),
  twoFactorEnabled: z.boolean(),
  createdAt: z.string(),
});

export const setupSchema = z.object({
  /** True until the first account exists; the web app then offers to create it (as admin). */
  needsFirstAccount: z.boolean(),
  registration: z.enum(['open', 'invite', 'closed']),
  emailVerificationRequired: z.boolean(),
});

export type Me = z.infer<typeof meSchema>;

export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const sessionListSchema = z.object({ items: z.array(sessionSchema) });
export const sessionIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export type SessionView = z.infer<typeof sessionSchema>;
