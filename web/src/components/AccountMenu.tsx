import { Link } from 'react-router';
import type { Me } from '../features/auth/session.ts';
import { useSignOut } from '../features/auth/use-sign-out.ts';
import { AdminIcon, ChevronDownIcon, SettingsIcon, SignOutIcon, SpinnerIcon } from './account-icons.tsx';
import { disclosureItemClasses as itemClasses, disclosurePanelClasses, useDisclosure } from './use-disclosure.ts';

/** The first letter of the name, for the round badge. */
function initial(name: string): string {
  return Array.from(name.trim())[0]?.toLocaleUpperCase() ?? '?';
}

/**
 * The signed-in account in the header: a button that opens a small panel with Settings, Admin
 * (for administrators) and Sign out. A disclosure, not an ARIA menu: Tab moves through it.
 */
export function AccountMenu({ me }: { me: Me }) {
  const { open, rootRef, buttonProps, panelProps } = useDisclosure();
  const signOut = useSignOut();

  return (
    <div ref={rootRef} className="relative">
      <button
        {...buttonProps}
        className="inline-flex min-h-10 items-center gap-2 rounded-full border border-line bg-surface py-1 pr-2.5 pl-1 text-sm font-semibold text-ink transition-colors hover:bg-surface-muted"
      >
        <span aria-hidden="true" className="grid size-8 place-items-center rounded-full bg-accent-soft text-accent-soft-ink">
          {initial(me.name)}
        </span>
        <span className="sr-only">Account: </span>
        <span className="max-w-32 truncate max-sm:sr-only">{me.name}</span>
        <ChevronDownIcon className={`size-4 text-ink-muted transition-transform ${open ? 'rotate-180' : ''}`} />
      </button>
      <div {...panelProps} className={`${disclosurePanelClasses} w-72`}>
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
