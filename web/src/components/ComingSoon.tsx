import { Link } from 'react-router';
import { buttonClasses } from './button-styles.ts';
import { SproutIcon } from './icons.tsx';
import { PageHeader } from './PageHeader.tsx';

interface ComingSoonProps {
  title: string;
  /** One or two sentences about what this page will do. */
  description: string;
}

/** Placeholder for a section that is not built yet. */
export function ComingSoon({ title, description }: ComingSoonProps) {
  return (
    <>
      <PageHeader title={title} eyebrow="Coming soon" />
      <section
        aria-label={`${title} is coming soon`}
        className="mt-8 flex max-w-2xl flex-col items-start gap-4 rounded-2xl border border-dashed border-line-strong bg-surface p-6 sm:flex-row sm:p-8"
      >
        <span className="grid size-12 shrink-0 place-items-center rounded-2xl bg-accent-soft text-accent-soft-ink">
          <SproutIcon className="size-6" />
        </span>
        <div>
          <h2 className="text-lg font-semibold text-ink">This part of Daybook is still growing</h2>
          <p className="mt-2 leading-relaxed text-ink-muted">{description}</p>
          <Link to="/" className={`${buttonClasses('secondary')} mt-5`}>
            Back to home
          </Link>
        </div>
      </section>
    </>
  );
}
