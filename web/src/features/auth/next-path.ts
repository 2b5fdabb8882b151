/** Pages that make no sense to return to after signing in. */
const authPaths = ['/sign-in', '/sign-up', '/welcome', '/forgot-password', '/reset-password'];

/**
 * The in-app path from a `?next=` parameter, or "/" when it is missing or unsafe: only local
 * paths are followed ("//evil.example" and "https://…" are not), so the parameter cannot send
 * someone to another site after they sign in.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const url = new URL(next, window.location.origin);
  if (url.origin !== window.location.origin) return '/';
  if (authPaths.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** "/sign-in?next=%2Fjournal" for the page someone was trying to open. */
export function signInPathFor(path: string): string {
  return path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`;
}
