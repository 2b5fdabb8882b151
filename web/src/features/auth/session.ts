import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../lib/api-client.ts';

// Mirrors server/modules/account/account.schemas.ts. Move both to common/ when shared schemas land.
export type Role = 'admin' | 'user';

export interface Me {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: Role;
  twoFactorEnabled: boolean;
  createdAt: string;
}

export type Registration = 'open' | 'invite' | 'closed';

export interface Setup {
  needsFirstAccount: boolean;
  registration: Registration;
  emailVerificationRequired: boolean;
}

/** The signed-in account, or null when signed out (GET /api/v1/me answers 401). */
async function fetchMe(signal: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/v1/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 60_000,
});

export const setupQuery = queryOptions({
  queryKey: ['setup'],
  queryFn: ({ signal }) => api.get<Setup>('/api/v1/setup', { signal }),
  staleTime: 60_000,
});

/** Asks the server who is signed in now (after signing in, verifying, changing the account). */
export async function refreshSession(queryClient: QueryClient): Promise<Me | null> {
  return queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
}

/**
 * Forgets the signed-out account: the session query becomes null (so every component watching it
 * updates at once) and everything else cached, the account's data included, is dropped.
 */
export function forgetAccount(queryClient: QueryClient): void {
  void queryClient.cancelQueries();
  queryClient.setQueryData(sessionQuery.queryKey, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
}
