import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { labelClasses, hintClasses } from '../../../components/form/field-styles.ts';
import { ApiError } from '../../../lib/api-client.ts';
import type { Owner } from '../money-types.ts';
import { maxUploadBytes, uploadCsv, type ImportView } from '../import-api.ts';
import { ImportError } from './import-errors.tsx';
import { ProgressBar } from './ProgressBar.tsx';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Step 1: choose a CSV file from the bank and send it, with real upload progress. */
export function UploadStep({ owner, onUploaded }: { owner: Owner; onUploaded: (view: ImportView) => void }) {
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<unknown>();
  const controller = useRef<AbortController | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const uploading = progress !== undefined;

  // After React has rendered the summary (it is not in the page until there is an error): a
  // requestAnimationFrame could run before that commit and find nothing to focus.
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  const fail = (problem: unknown) => setError(problem);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (uploading) return;
    if (!file) return fail(new ApiError(400, 'NO_FILE', 'Choose a CSV file first.'));
    if (file.size > maxUploadBytes) return fail(new ApiError(413, 'PAYLOAD_TOO_LARGE', `The file is ${size(file.size)}; the limit is 5 MB. Export a shorter period from your bank.`));
    setError(undefined);
    setProgress(0);
    controller.current = new AbortController();
    try {
      onUploaded(await uploadCsv(owner, file, setProgress, controller.current.signal));
    } catch (problem) {
      if (!(problem instanceof DOMException && problem.name === 'AbortError')) fail(problem);
    } finally {
      setProgress(undefined);
      controller.current = null;
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-5">
      <ImportError error={error} summaryRef={summary} />
      <div className="space-y-1.5">
        <label htmlFor="import-file" className={labelClasses}>
          CSV file
        </label>
        <p id="import-file-hint" className={hintClasses}>
          Export your statement as CSV from your bank’s website (up to 5 MB). You check everything before anything is imported.
        </p>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby="import-file-hint"
          disabled={uploading}
          onChange={(event) => {
            setFile(event.target.files?.[0]);
            setError(undefined);
          }}
          className="block w-full rounded-xl border border-dashed border-line-strong bg-surface p-4 text-sm text-ink file:mr-4 file:min-h-10 file:cursor-pointer file:rounded-full file:border-0 file:bg-accent-soft file:px-4 file:font-semibold file:text-accent-soft-ink"
        />
        {file && <p className="text-sm text-ink-muted">{`${file.name}, ${size(file.size)}`}</p>}
      </div>
      {uploading && <ProgressBar value={progress} label="Uploading" text={file ? `${size(file.size * progress)} of ${size(file.size)}` : ''} />}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        {uploading && (
          <Button variant="secondary" onClick={() => controller.current?.abort()}>
            Cancel upload
          </Button>
        )}
        <SubmitButton pending={uploading} pendingLabel="Uploading…">
          Upload and continue
        </SubmitButton>
      </div>
    </form>
  );
}
