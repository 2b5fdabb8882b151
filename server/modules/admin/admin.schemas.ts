import { z } from 'zod';
import { pageQuerySchema } from '../../lib/pagination.ts';

export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['admin', 'user']),
  disabled: z.boolean(),
  emailVerified: z.boolean(),
  twoFactorEnabled: z.boolean(),
  createdAt: z.string(),
});

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
});

export const userPageSchema = z.object({ items: z.array(adminUserSchema), nextCursor: z.string().nullable() });

export const userIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const userPatchSchema = z
  .strictObject({
    role: z.enum(['admin', 'user']).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((patch) => patch.role !== undefined || patch.disabled !== undefined, 'Send role or disabled.');

export const inviteCreateSchema = z.strictObject({
  email: z.email().max(254).optional(),
});

export const inviteSchema = z.object({ id: z.string(), url: z.string(), expiresAt: z.string() });

export type AdminUser = z.infer<typeof adminUserSchema>;
export type UserListQuery = z.infer<typeof userListQuerySchema>;
export type UserPatch = z.infer<typeof userPatchSchema>;
