import type { ComponentType, ReactNode, SVGProps } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

interface AuthPageProps {
  title: string;
  /** Short line above the title. */
  eyebrow?: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** A sentence or two under the title. */
  lead?: ReactNode;
  /** The form or message, shown on a card. */
  children: ReactNode;
  /** Links under the card ("No account yet? Create one"). */
  footer?: ReactNode;
}

/** The narrow, centred layout of the sign-in, sign-up and recovery pages. */
export function AuthPage({ title, eyebrow, icon: Icon, lead, children, footer }: AuthPageProps) {
  useDocumentTitle(title);
  return (
    <div className="mx-auto w-full max-w-md">
      <span className="grid size-12 place-items-center rounded-2xl bg-accent-soft text-accent-soft-ink">
        <Icon className="size-6" />
      </span>
      {eyebrow && <p className="mt-5 text-sm font-semibold tracking-wide text-accent-soft-ink uppercase">{eyebrow}</p>}
      <h1 className={`${eyebrow ? 'mt-1.5' : 'mt-5'} text-3xl font-semibold tracking-tight text-balance text-ink`}>{title}</h1>
      {lead && <div className="mt-2 leading-relaxed text-pretty text-ink-muted">{lead}</div>}
      <div className="mt-7 rounded-3xl border border-line bg-surface p-5 shadow-sm shadow-black/[0.03] sm:p-7 dark:shadow-none">{children}</div>
      {footer && <div className="mt-6 space-y-2 text-center text-sm leading-relaxed text-ink-muted">{footer}</div>}
    </div>
  );
}

/** A link in the auth pages' text: underlined, in the accent colour. */
export const authLinkClasses = 'font-semibold text-accent-soft-ink underline decoration-accent/40 underline-offset-4 hover:decoration-accent';
