import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title.ts';

interface PageHeaderProps {
  title: string;
  /** Short line above the title. */
  eyebrow?: string;
  children?: ReactNode;
  /** Replaces `title` in the browser tab. */
  documentTitle?: string;
}

/** The page's single <h1>, with an optional lead paragraph; also sets the tab title. */
export function PageHeader({ title, eyebrow, children, documentTitle }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="max-w-2xl">
      {eyebrow && <p className="mb-2 text-sm font-semibold tracking-wide text-accent-soft-ink uppercase">{eyebrow}</p>}
      <h1 className="text-3xl font-semibold tracking-tight text-balance text-ink sm:text-4xl">{title}</h1>
      {children && <div className="mt-3 text-lg leading-relaxed text-pretty text-ink-muted">{children}</div>}
    </div>
  );
}
