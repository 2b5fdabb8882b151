import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { PageLoading } from '../../components/PageLoading.tsx';
import { safeNextPath } from './next-path.ts';
import { useSession } from './use-session.ts';

/** What the sign-out flow leaves in the location state: stay on the sign-in page. */
export interface SignedOutState {
  signedOut: true;
}

function isSignedOutState(state: unknown): state is SignedOutState {
  return typeof state === 'object' && state !== null && (state as Partial<SignedOutState>).signedOut === true;
}

/**
 * Layout route for sign-in, sign-up and recovery: someone already signed in goes on to `?next=`
 * (or home). Right after signing out, the session cache may still be clearing, so stay put.
 */
export function RequireSignedOut() {
  const session = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  if (session.isPending) return <PageLoading />;
  if (session.data && !isSignedOutState(location.state)) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return <Outlet />;
}
