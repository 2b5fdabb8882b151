import type { Ref } from 'react';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { isApiError } from '../../../lib/api-client.ts';

const titles: Record<string, string> = {
  PAYLOAD_TOO_LARGE: 'The file is too large',
  CSV_NOT_TEXT: 'This does not look like a CSV text file',
  CSV_MALFORMED: 'The file could not be read as CSV',
  IMPORT_ROWS_INVALID: 'Some rows cannot be imported',
};

/** Why an upload, preview or import failed, with the server's details (lines, columns); says plainly that nothing was imported. */
export function ImportError({ error, summaryRef }: { error: unknown; summaryRef?: Ref<HTMLDivElement> }) {
  if (!error) return null;
  const code = isApiError(error) ? error.code : '';
  const details = isApiError(error) ? error.details : [];
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <ErrorSummary ref={summaryRef ?? null} errors={{ form: message, fields: {} }} fieldIds={{}} title={titles[code] ?? 'That did not work'}>
      {details.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-ink">
          {details.slice(0, 20).map((detail, index) => (
            <li key={index}>
              {detail.path ? `${detail.path.replace(/^body\./, '')}: ` : ''}
              {detail.message}
            </li>
          ))}
          {details.length > 20 && <li>and {details.length - 20} more.</li>}
        </ul>
      )}
      <p className="mt-2 text-ink-muted">Nothing was imported.</p>
    </ErrorSummary>
  );
}
