import { Link, useLocation } from 'react-router';
import { buttonClasses } from '../../components/button-styles.ts';
import { ArrowLeftIcon, CompassIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <div className="flex flex-col items-start">
      <span className="mb-6 grid size-14 place-items-center rounded-2xl bg-accent-soft text-accent-soft-ink">
        <CompassIcon className="size-7" />
      </span>
      <PageHeader title="Page not found" eyebrow="Error 404">
        <p>There is no page at this address:</p>
        <p className="mt-3">
          <code className="inline-block max-w-full rounded-lg bg-surface-muted px-2.5 py-1 font-mono text-base text-ink wrap-anywhere">
            {pathname}
          </code>
        </p>
        <p className="mt-3">It may have moved, or the link may be mistyped.</p>
      </PageHeader>
      <Link to="/" className={`${buttonClasses('primary')} mt-8`}>
        <ArrowLeftIcon className="size-4" />
        Back to home
      </Link>
    </div>
  );
}
