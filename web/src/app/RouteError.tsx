import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorPanel } from '../components/ErrorPanel.tsx';
import { PageHeader } from '../components/PageHeader.tsx';

/** Shown when a page fails to render; the header and navigation stay usable. */
export function RouteError() {
  const error = useRouteError();
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return (
    <>
      <PageHeader title="Something went wrong">This page could not be shown. Your data is safe.</PageHeader>
      <div className="mt-8 max-w-2xl">
        <ErrorPanel title="The page stopped working" error={shown} onRetry={() => window.location.reload()} />
      </div>
    </>
  );
}
