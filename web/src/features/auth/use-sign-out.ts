import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api-client.ts';
import { signOut } from './auth-api.ts';
import type { SignedOutState } from './RequireSignedOut.tsx';
import { sessionQuery } from './session.ts';

/**
 * Ends the session on the server, then goes to the sign-in page and forgets everything cached
 * about the account. An already-ended session (401) counts as signed out too.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await signOut();
      } catch (error) {
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: async () => {
      // Navigate first: were the session cleared while a private page is showing, that page
      // would send the person to sign-in with a "come back here" link.
      const state: SignedOutState = { signedOut: true };
      await navigate('/sign-in', { replace: true, state });
      // The session query stays (now null) so every component watching it updates at once;
      // everything else cached, the account's data included, is dropped.
      await queryClient.cancelQueries();
      queryClient.setQueryData(sessionQuery.queryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
    },
  });
}
