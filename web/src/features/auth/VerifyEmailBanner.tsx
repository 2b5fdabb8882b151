import { useState } from 'react';
import { useLocation } from 'react-router';
import { MailIcon } from '../../components/account-icons.tsx';
import { CrossIcon } from '../../components/icons.tsx';
import { verifiedPath } from './auth-api.ts';
import { ResendVerification } from './ResendVerification.tsx';
import { useSession } from './use-session.ts';

/** A quiet strip under the header while the signed-in account's email is unconfirmed. */
export function VerifyEmailBanner() {
  const { data: me } = useSession();
  const { pathname } = useLocation();
  const [dismissed, setDismissed] = useState(false);
  if (!me || me.emailVerified || dismissed || pathname === verifiedPath) return null;
  return (
    <section aria-label="Confirm your email address" className="border-b border-line bg-accent-soft">
      <div className="mx-auto flex max-w-5xl items-start gap-3 px-4 py-3 text-sm leading-relaxed text-ink sm:items-center sm:px-6">
        <MailIcon className="mt-0.5 size-5 shrink-0 text-accent-soft-ink sm:mt-0" />
        <p className="min-w-0 flex-1">
          <span className="font-semibold">Please confirm your email address.</span> We sent a link to{' '}
          <span className="break-all">{me.email}</span>. <ResendVerification email={me.email} />
        </p>
        <button
          type="button"
          onClick={() => setDismissed(true)}
          aria-label="Hide this reminder"
          title="Hide this reminder"
          className="grid size-8 shrink-0 place-items-center rounded-full text-ink-muted transition-colors hover:bg-surface hover:text-ink"
        >
          <CrossIcon className="size-4" />
        </button>
      </div>
    </section>
  );
}
