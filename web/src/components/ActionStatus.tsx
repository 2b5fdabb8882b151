import { useEffect, useRef } from 'react';
import { ErrorSummary } from './form/ErrorSummary.tsx';
import { errorsFromApi } from './form/form-errors.ts';
import { Notice } from './Notice.tsx';

interface ActionStatusProps {
  /** What the last action did, e.g. "Ada is now an administrator." */
  done?: string | undefined;
  /** Or why it failed: the server's message is shown. */
  error?: unknown;
  errorTitle: string;
}

/**
 * The outcome of the last button pressed in a list (not a form), announced when it appears.
 * When the action removed the focused button (a revoked key's row), focus comes here instead of
 * being lost: so set `done` after the list has been refreshed.
 */
export function ActionStatus({ done, error, errorTitle }: ActionStatusProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (done && (!focused || focused === document.body)) box.current?.focus();
  }, [done]);
  if (error) return <ErrorSummary ref={null} errors={errorsFromApi(error)} fieldIds={{}} title={errorTitle} />;
  if (!done) return null;
  return (
    <div ref={box} tabIndex={-1} className="outline-none">
      <Notice>{done}</Notice>
    </div>
  );
}
