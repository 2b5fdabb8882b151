import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { signInPathFor } from './next-path.ts';
import type { Role } from './session.ts';
import { useSession } from './use-session.ts';

/** Layout route for private pages: signed-out people go to sign-in, and come back afterwards. */
export function RequireSignedIn({ role }: { role?: Role }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading />;
  if (session.isError) {
    return (
      <div className="max-w-2xl">
        <ErrorPanel title="Could not check your sign-in" error={session.error} onRetry={() => void session.refetch()} retrying={session.isFetching} />
      </div>
    );
  }
  if (!session.data) return <Navigate to={signInPathFor(`${location.pathname}${location.search}`)} replace />;
  if (role === 'admin' && session.data.role !== 'admin') {
    return (
      <PageHeader title="This page is not available" eyebrow="Administrators only">
        <p>It is for the people who run this Daybook, to manage accounts. Everything of your own is in the navigation above and in Settings.</p>
      </PageHeader>
    );
  }
  return <Outlet />;
}
