import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { buttonClasses } from '../../components/button-styles.ts';
import type { Helpline } from './safety-api.ts';

interface SupportPanelProps {
  /** The supportive message; a gentle default when none came with it. */
  message?: string | undefined;
  helplines: readonly Helpline[];
  /** Daybook is software, not a crisis service: the server's words for that. */
  notice: string;
  /** Heading level 2 by default; its text is the panel's name. */
  title?: string;
  /** More actions below the safety plan link (e.g. "Hide for now"). */
  actions?: ReactNode;
  /** Focus the panel when it appears (right after saving). */
  autoFocus?: boolean;
}

const defaultMessage = 'Things sound really hard right now. You do not have to get through this alone: talking to someone can help, today.';

function HelplineItem({ helpline }: { helpline: Helpline }) {
  const safeUrl = /^https?:\/\//i.test(helpline.url) ? helpline.url : undefined;
  return (
    <li className="rounded-2xl border border-line bg-surface p-4">
      <p className="font-semibold text-ink">{helpline.name}</p>
      <p className="mt-1 text-lg font-semibold text-ink wrap-anywhere">{helpline.contact}</p>
      {safeUrl && (
        <a href={safeUrl} rel="noopener noreferrer" target="_blank" className="mt-1 inline-block text-sm font-semibold text-accent-soft-ink underline underline-offset-4 wrap-anywhere">
          Visit {helpline.name}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      )}
    </li>
  );
}

/** Warm, prominent support after a crisis signal: a message, helplines and the safety plan. */
export function SupportPanel({ message, helplines, notice, title = 'You are not alone', actions, autoFocus = false }: SupportPanelProps) {
  const panel = useRef<HTMLElement>(null);
  // Right after saving, the page is still scrolled to the Save button: start again from the top.
  useEffect(() => {
    if (!autoFocus) return;
    panel.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [autoFocus]);
  return (
    <section
      aria-labelledby="support-heading"
      data-testid="support-panel"
      tabIndex={autoFocus ? -1 : undefined}
      ref={panel}
      className="rounded-3xl border-2 border-warn/40 bg-warn-soft p-5 shadow-sm outline-none sm:p-7"
    >
      <h2 id="support-heading" className="text-2xl font-semibold tracking-tight text-balance text-ink">
        {title}
      </h2>
      <p className="mt-3 text-lg leading-relaxed text-pretty text-ink">{message || defaultMessage}</p>
      {helplines.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold text-ink">People you can talk to now</h3>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {helplines.map((helpline) => (
              <HelplineItem key={`${helpline.name}-${helpline.contact}`} helpline={helpline} />
            ))}
          </ul>
        </>
      )}
      <p className="mt-5 leading-relaxed text-ink">If you are in immediate danger, call your local emergency number.</p>
      <div className="mt-5 flex flex-wrap gap-3">
        <Link to="/safety-plan" className={buttonClasses('primary')}>
          Open my safety plan
        </Link>
        {actions}
      </div>
      <p className="mt-5 text-sm leading-relaxed text-ink-muted">{notice}</p>
    </section>
  );
}
