import { Link, useLocation } from 'react-router';
import { useSession } from '../features/auth/use-session.ts';
import { AccountMenu } from './AccountMenu.tsx';

/** The header's end: the account menu when signed in, a sign-in link when not. */
export function HeaderAccount() {
  const { data: me, isPending } = useSession();
  const { pathname } = useLocation();
  // Keep the space while asking the server, so the header does not jump.
  if (isPending) return <span aria-hidden="true" className="size-10 rounded-full bg-surface-muted" />;
  if (me) return <AccountMenu me={me} />;
  // Not on the pages that are themselves about signing in.
  if (pathname.startsWith('/sign-in') || pathname === '/welcome') return null;
  return (
    <Link
      to="/sign-in"
      className="inline-flex min-h-10 items-center rounded-full bg-accent px-4 text-sm font-semibold text-accent-ink shadow-sm transition-colors hover:bg-accent-hover"
    >
      Sign in
    </Link>
  );
}
