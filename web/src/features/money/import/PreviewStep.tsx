import { useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { Checkbox } from '../../../components/form/Checkbox.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { Notice } from '../../../components/Notice.tsx';
import type { ImportOptions, ImportPreview } from '../import-api.ts';
import { ImportError } from './import-errors.tsx';
import { PreviewRows } from './PreviewRows.tsx';

interface PreviewStepProps {
  preview: ImportPreview;
  options: ImportOptions;
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onCommit: (options: ImportOptions) => void;
  onCancel: () => void;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Step 3: what will be imported: totals, rows with problems, duplicates unticked by default. */
export function PreviewStep({ preview, options, pending, error, onBack, onCommit, onCancel }: PreviewStepProps) {
  const [skipped, setSkipped] = useState<Set<number>>(() => new Set(preview.rows.filter((row) => row.duplicate !== 'none').map((row) => row.line)));
  const [skipProblems, setSkipProblems] = useState(false);
  const problemLines = [...new Set(preview.errors.map((problem) => problem.line))];
  const importing = preview.validRows - [...skipped].length;
  const blocked = problemLines.length > 0 && !skipProblems;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (pending || blocked || importing <= 0) return;
        onCommit({ ...options, skipLines: [...new Set([...options.skipLines, ...skipped, ...(skipProblems ? problemLines : [])])].sort((a, b) => a - b) });
      }}
      className="space-y-6"
    >
      <ImportError error={error} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ['Rows in the file', preview.rowCount],
          ['Ready to import', preview.validRows],
          ['Possible duplicates', preview.duplicates],
          ['With problems', problemLines.length],
        ].map(([label, value]) => (
          <div key={label} className="rounded-2xl border border-line bg-surface p-4">
            <dt className="text-sm text-ink-muted">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold text-ink tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {preview.duplicates > 0 && (
        <Notice tone="warn" live={false} title={`${count(preview.duplicates, 'possible duplicate')} found`}>
          Rows with the same day, amount and payee as a transaction you already have, or as an earlier row in this file, are left out unless you tick them.
        </Notice>
      )}
      {problemLines.length > 0 && (
        <section aria-labelledby="import-problems-heading" className="space-y-3 rounded-2xl border border-bad/30 bg-bad-soft p-5">
          <h3 id="import-problems-heading" className="font-semibold text-ink">
            {count(problemLines.length, 'row')} cannot be read
          </h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-ink">
            {preview.errors.slice(0, 20).map((problem) => (
              <li key={`${problem.line}-${problem.column}`}>
                Line {problem.line}, {problem.column}: {problem.message}
              </li>
            ))}
          </ul>
          <p className="text-sm text-ink">Go back and check the date format and columns, or leave these rows out.</p>
          <Checkbox id="import-skip-problems" label="Leave out the rows that cannot be read" checked={skipProblems} onChange={(event) => setSkipProblems(event.target.checked)} />
        </section>
      )}
      {preview.rows.length > 0 ? (
        <PreviewRows
          rows={preview.rows}
          skipped={skipped}
          onToggle={(line, include) =>
            setSkipped((current) => {
              const next = new Set(current);
              if (include) next.delete(line);
              else next.add(line);
              return next;
            })
          }
        />
      ) : (
        <p className="rounded-2xl border border-dashed border-line-strong px-5 py-8 text-center text-ink-muted">No rows could be read with these settings.</p>
      )}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel import
        </Button>
        <Button variant="secondary" onClick={onBack}>
          Back to columns
        </Button>
        <SubmitButton pending={pending} pendingLabel="Starting…" blocked={blocked || importing <= 0}>
          Import {count(Math.max(0, importing), 'transaction')}
        </SubmitButton>
      </div>
    </form>
  );
}
