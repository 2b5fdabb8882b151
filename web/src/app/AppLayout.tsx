import { useRef } from 'react';
import { Outlet } from 'react-router';
import { SiteFooter } from '../components/SiteFooter.tsx';
import { SiteHeader } from '../components/SiteHeader.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { useSession } from '../features/auth/use-session.ts';
import { VerifyEmailBanner } from '../features/auth/VerifyEmailBanner.tsx';
import { useCheckinStream } from '../features/checkins/use-checkin-stream.ts';
import { useRouteFocus } from './use-route-focus.ts';

export function AppLayout() {
  const main = useRef<HTMLElement>(null);
  useRouteFocus(main);
  // One live-updates stream per tab while signed in; closed on sign-out.
  useCheckinStream(useSession().data?.id);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <SiteHeader />
      <VerifyEmailBanner />
      <main id="main" ref={main} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 outline-none sm:px-6 sm:py-14">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
