import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQuery } from '../features/auth/session.ts';
import { isApiError } from '../lib/api-client.ts';

/** Retries only what a retry can fix: network failures and 5xx, at most twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (isApiError(error)) return error.status === 0 || error.status >= 500;
  return false;
}

/** The session ended elsewhere (expired, revoked, signed out in another tab). */
function isSessionGone(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && (error.code === 'UNAUTHENTICATED' || error.code === 'UNAUTHORIZED');
}

export function createQueryClient(): QueryClient {
  // Any request that finds the session gone re-asks who is signed in, so private pages redirect.
  const recheckSession = (error: unknown, key: readonly unknown[] | undefined) => {
    if (isSessionGone(error) && key?.[0] !== sessionQuery.queryKey[0]) void client.invalidateQueries({ queryKey: sessionQuery.queryKey });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => recheckSession(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => recheckSession(error, undefined) }),
    defaultOptions: {
      queries: { staleTime: 5_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return client;
}
