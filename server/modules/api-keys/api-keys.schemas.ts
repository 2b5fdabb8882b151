import { z } from 'zod';

export const apiKeyScopes = ['read', 'write'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  start: z.string(),
  scopes: z.array(z.enum(apiKeyScopes)),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) });

export const apiKeyCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(60),
  scopes: z.array(z.enum(apiKeyScopes)).min(1).max(2),
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

/** Returned once, at creation: the only time the key itself is visible. */
export const createdApiKeySchema = apiKeySchema.extend({ key: z.string() });
export const apiKeyIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export type ApiKey = z.infer<typeof apiKeySchema>;
