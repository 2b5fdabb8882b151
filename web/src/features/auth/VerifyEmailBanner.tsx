import { useState } from 'react';
import { useLocation } from 'react-router';
import { MailIcon } from '../../components/account-icons.tsx';
import { CrossIcon } from '../../components/icons.tsx';
import { verifiedPath } from './auth-api.ts';
import { ResendVerification } from './ResendVerification.tsx';
import { useSession } from './use-session.ts';

/** Hidden for the rest of the browser session: sessionStorage holds the id of the account that hid it. */
const hiddenKey = 'daybook-verify-reminder-hidden';

function readHiddenFor(): string | null {
  try {
    return window.sessionStorage.getItem(hiddenKey);
  } catch {
    return null;
  }
}

function saveHiddenFor(userId: string): void {
  try {
    window.sessionStorage.setItem(hiddenKey, userId);
  } catch {
    // Storage may be unavailable; the reminder still hides for this page view.
  }
}

/** A quiet strip under the header while the signed-in account's email is unconfirmed. */
export function VerifyEmailBanner() {
  const { data: me } = useSession();
  const { pathname } = useLocation();
  const [hiddenFor, setHiddenFor] = useState(readHiddenFor);
  if (!me || me.emailVerified || hiddenFor === me.id || pathname === verifiedPath) return null;
  const hide = () => {
    saveHiddenFor(me.id);
    setHiddenFor(me.id);
  };
  return (
    <section aria-label="Confirm your email address" className="border-b border-line bg-accent-soft">
      <div className="mx-auto flex max-w-5xl items-start gap-3 px-4 py-3 text-sm leading-relaxed text-ink sm:items-center sm:px-6">
        <MailIcon className="mt-0.5 size-5 shrink-0 text-accent-soft-ink sm:mt-0" />
        <p className="min-w-0 flex-1">
          <span className="font-semibold">Please confirm your email address.</span> We sent a link to{' '}
          <span className="wrap-anywhere">{me.email}</span>. <ResendVerification email={me.email} />
        </p>
        <button
          type="button"
          onClick={hide}
          aria-label="Hide this reminder for now"
          title="Hide this reminder for now"
          className="grid size-8 shrink-0 place-items-center rounded-full text-ink-muted transition-colors hover:bg-surface hover:text-ink"
        >
          <CrossIcon className="size-4" />
        </button>
      </div>
    </section>
  );
}
