import { z } from 'zod';

export const shareRoles = ['viewer', 'editor'] as const;
export type ShareRole = (typeof shareRoles)[number];

const person = z.object({ id: z.string(), email: z.string(), name: z.string() });

export const grantSchema = z.object({ id: z.string(), role: z.enum(shareRoles), grantee: person, createdAt: z.string() });
export const receivedGrantSchema = z.object({ id: z.string(), role: z.enum(shareRoles), owner: person, createdAt: z.string() });
export const sharingOverviewSchema = z.object({ granted: z.array(grantSchema), received: z.array(receivedGrantSchema) });

export const grantCreateSchema = z.strictObject({ email: z.email().max(254), role: z.enum(shareRoles) });
export const grantPatchSchema = z.strictObject({ role: z.enum(shareRoles) });
export const grantIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export type Grant = z.infer<typeof grantSchema>;
export type ReceivedGrant = z.infer<typeof receivedGrantSchema>;
