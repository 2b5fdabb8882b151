import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Me } from '../features/auth/session.ts';
import { useSignOut } from '../features/auth/use-sign-out.ts';
import { AdminIcon, ChevronDownIcon, SettingsIcon, SignOutIcon, SpinnerIcon } from './account-icons.tsx';

const itemClasses =
  'flex min-h-11 w-full items-center gap-3 rounded-xl px-3 text-left text-sm font-medium text-ink transition-colors hover:bg-surface-muted';

/** The first letter of the name, for the round badge. */
function initial(name: string): string {
  return Array.from(name.trim())[0]?.toLocaleUpperCase() ?? '?';
}

/**
 * The signed-in account in the header: a button that opens a small panel with Settings, Admin
 * (for administrators) and Sign out. A disclosure, not an ARIA menu: Tab moves through it.
 */
export function AccountMenu({ me }: { me: Me }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const signOut = useSignOut();

  // Close after navigating, on Escape (focus back on the button) and on a click or focus elsewhere.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onOutside = (event: Event) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-10 items-center gap-2 rounded-full border border-line bg-surface py-1 pr-2.5 pl-1 text-sm font-semibold text-ink transition-colors hover:bg-surface-muted"
      >
        <span aria-hidden="true" className="grid size-8 place-items-center rounded-full bg-accent-soft text-accent-soft-ink">
          {initial(me.name)}
        </span>
        <span className="sr-only">Account: </span>
        <span className="max-w-32 truncate max-sm:sr-only">{me.name}</span>
        <ChevronDownIcon className={`size-4 text-ink-muted transition-transform ${open ? 'rotate-180' : ''}`} />
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-2xl border border-line bg-surface p-2 shadow-lg shadow-black/10 dark:shadow-black/40"
      >
        <div className="border-b border-line px-3 pt-2 pb-3">
          <p className="truncate font-semibold text-ink">{me.name}</p>
          <p className="truncate text-sm text-ink-muted">{me.email}</p>
        </div>
        <ul className="pt-2">
          <li>
            <Link to="/settings" className={itemClasses}>
              <SettingsIcon className="size-5 text-ink-muted" />
              Settings
            </Link>
          </li>
          {me.role === 'admin' && (
            <li>
              <Link to="/admin" className={itemClasses}>
                <AdminIcon className="size-5 text-ink-muted" />
                Admin
              </Link>
            </li>
          )}
          <li className="mt-1 border-t border-line pt-1">
            <button type="button" aria-disabled={signOut.isPending || undefined} onClick={() => !signOut.isPending && signOut.mutate()} className={itemClasses}>
              {signOut.isPending ? <SpinnerIcon className="size-5 text-ink-muted motion-safe:animate-spin" /> : <SignOutIcon className="size-5 text-ink-muted" />}
              {signOut.isPending ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
        {signOut.isError && (
          <p role="alert" className="px-3 pt-1 pb-2 text-sm text-bad">
            Could not sign out: {signOut.error.message}
          </p>
        )}
      </div>
    </div>
  );
}
