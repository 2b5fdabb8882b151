import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

// Mirrors server/modules/account/account.schemas.ts (sessionSchema).
export interface SessionView {
  id: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  ipAddress: string | null;
  userAgent: string | null;
  /** The session this browser is using. */
  current: boolean;
}

export const sessionsQuery = queryOptions({
  queryKey: ['account', 'sessions'],
  queryFn: ({ signal }) => api.get<{ items: SessionView[] }>('/api/v1/me/sessions', { signal }),
});

export function endSession(id: string): Promise<unknown> {
  return api.delete(`/api/v1/me/sessions/${encodeURIComponent(id)}`);
}

export function endOtherSessions(): Promise<unknown> {
  return api.post('/api/v1/me/sessions/revoke-others');
}
