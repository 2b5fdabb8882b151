import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../features/auth/use-session.ts';
import { navItems } from './nav-items.ts';
import { useScrollEdges } from './use-scroll-edges.ts';

const linkBase =
  'inline-flex min-h-10 shrink-0 items-center gap-2 rounded-full px-3.5 text-sm font-medium whitespace-nowrap transition-colors';
const linkIdle = 'text-ink-muted hover:bg-surface-muted hover:text-ink';
const linkActive = 'bg-accent-soft text-accent-soft-ink';

/**
 * On narrow screens the list scrolls sideways instead of wrapping or hiding behind a menu:
 * an edge fades where more links are hidden, and the current page's link is scrolled into view.
 */
export function MainNav() {
  const scroller = useRef<HTMLElement>(null);
  const { before, after } = useScrollEdges(scroller);
  const { pathname } = useLocation();
  const { data: me } = useSession();
  // While the session is loading, show everything (most visits are signed in); hide private pages once signed out.
  const items = me === null ? navItems.filter((item) => !item.private) : navItems;

  useEffect(() => {
    const element = scroller.current;
    const current = element?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!element || !current || element.scrollWidth <= element.clientWidth) return;
    element.scrollTo({ left: Math.max(0, current.offsetLeft - (element.clientWidth - current.offsetWidth) / 2) });
  }, [pathname, items.length]);

  return (
    <nav
      ref={scroller}
      aria-label="Main"
      data-more-before={before || undefined}
      data-more-after={after || undefined}
      className="scroll-fade relative -mx-4 -my-2 overflow-x-auto px-4 py-2 scrollbar-none"
    >
      <ul className="flex items-center gap-1">
        {items.map(({ to, label, icon: Icon }) => (
          <li key={to}>
            <NavLink to={to} end={to === '/'} className={({ isActive }) => `${linkBase} ${isActive ? linkActive : linkIdle}`}>
              <Icon className="size-4.5 shrink-0" />
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
