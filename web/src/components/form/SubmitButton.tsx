import type { ReactNode } from 'react';
import { SpinnerIcon } from '../account-icons.tsx';
import { buttonClasses, type ButtonVariant } from '../button-styles.ts';

interface SubmitButtonProps {
  pending: boolean;
  /** Shown while the request is on its way, e.g. "Signing in…". */
  pendingLabel: string;
  children: ReactNode;
  variant?: ButtonVariant;
  /** Not available yet for another reason (e.g. waiting out a sign-in delay). */
  blocked?: boolean;
  className?: string;
}

/**
 * A form's submit button. While pending or blocked it stays focusable but inert (aria-disabled),
 * so focus is not lost; the form's submit handler must also ignore submits while pending.
 */
export function SubmitButton({ pending, pendingLabel, children, variant = 'primary', blocked = false, className = '' }: SubmitButtonProps) {
  const inert = pending || blocked;
  return (
    <button
      type="submit"
      aria-disabled={inert || undefined}
      onClick={(event) => {
        if (inert) event.preventDefault();
      }}
      className={`${buttonClasses(variant)} aria-disabled:cursor-not-allowed aria-disabled:opacity-70 ${className}`}
    >
      {pending && <SpinnerIcon className="size-4 motion-safe:animate-spin" />}
      {pending ? pendingLabel : children}
    </button>
  );
}
