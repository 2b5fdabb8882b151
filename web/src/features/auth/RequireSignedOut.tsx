import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageLoading } from '../../components/PageLoading.tsx';
import { safeNextPath } from './next-path.ts';
import { forgetAccount } from './session.ts';
import { useSession } from './use-session.ts';

/** Location state left by signing out: the account is to be forgotten on arrival. */
export interface SignedOutState {
  signedOut: true;
}

function isSignedOutState(state: unknown): state is SignedOutState {
  return typeof state === 'object' && state !== null && (state as Partial<SignedOutState>).signedOut === true;
}

/**
 * Layout route for sign-in, sign-up and recovery: someone already signed in goes on to `?next=`
 * (or home). Arriving from "Sign out", it first forgets the account's cached data, then drops the
 * marker so a later sign-in on this page redirects as usual.
 */
export function RequireSignedOut() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const signedOut = isSignedOutState(location.state);

  useEffect(() => {
    if (!signedOut) return;
    forgetAccount(queryClient);
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [signedOut, queryClient, navigate, location.pathname, location.search]);

  if (session.isPending) return <PageLoading />;
  if (session.data && !signedOut) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return <Outlet />;
}
