import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { Brand } from './Brand.tsx';
import { HeaderAccount } from './HeaderAccount.tsx';
import { MainNav } from './MainNav.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';

/**
 * Brand, theme and account on the first row, the navigation on its own row below: with the
 * account in the header, one row cannot hold them all even on a desktop screen.
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-20 border-b border-line bg-canvas/90 backdrop-blur supports-[backdrop-filter]:bg-canvas/80">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 pt-3 pb-2 sm:px-6">
        <Brand />
        <div className="order-last w-full">
          <MainNav />
        </div>
        <div className="flex items-center gap-1.5 sm:gap-3">
          <ThemeToggle />
          <NotificationBell />
          <HeaderAccount />
        </div>
      </div>
    </header>
  );
}
