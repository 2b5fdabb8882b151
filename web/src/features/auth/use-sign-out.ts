import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api-client.ts';
import { signOut } from './auth-api.ts';
import type { SignedOutState } from './RequireSignedOut.tsx';

/**
 * Ends the session on the server, then goes to the sign-in page, which forgets everything cached
 * about the account (RequireSignedOut). Clearing the cache here instead would let the private page
 * still on screen see "signed out" first and redirect with a "come back here" link, since router
 * navigations render as transitions, after the cache's update. An already-ended session (401)
 * counts as signed out too.
 */
export function useSignOut() {
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
      const state: SignedOutState = { signedOut: true };
      await navigate('/sign-in', { replace: true, state });
    },
  });
}
