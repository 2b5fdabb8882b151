import { useQuery } from '@tanstack/react-query';
import { sessionQuery, setupQuery } from './session.ts';

/** Who is signed in: `data` is the account, null when signed out, undefined while loading. */
export function useSession() {
  return useQuery(sessionQuery);
}

/** What this Daybook offers to people without an account (first-run, registration mode). */
export function useSetup({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...setupQuery, enabled });
}
