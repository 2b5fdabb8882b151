import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

// Mirrors server/modules/api-keys/api-keys.schemas.ts.
export type ApiKeyScope = 'read' | 'write';

export interface ApiKey {
  id: string;
  name: string;
  /** The key's first characters ("dbk_ab12cd"), to recognise it by. */
  start: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

/** Only the answer to creating a key holds the key itself. */
export interface CreatedApiKey extends Omit<ApiKey, 'createdAt' | 'lastUsedAt'> {
  key: string;
}

export interface NewApiKeyInput {
  name: string;
  scopes: ApiKeyScope[];
  expiresInDays?: number;
}

export const apiKeysQuery = queryOptions({
  queryKey: ['account', 'api-keys'],
  queryFn: ({ signal }) => api.get<{ items: ApiKey[] }>('/api/v1/me/api-keys', { signal }),
});

export function createApiKey(input: NewApiKeyInput): Promise<CreatedApiKey> {
  return api.post<CreatedApiKey>('/api/v1/me/api-keys', input);
}

export function revokeApiKey(id: string): Promise<unknown> {
  return api.delete(`/api/v1/me/api-keys/${encodeURIComponent(id)}`);
}

export const scopeLabels: Record<ApiKeyScope, string> = { read: 'Read', write: 'Write' };
