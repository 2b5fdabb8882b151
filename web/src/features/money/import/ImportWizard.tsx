import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { moneyPath } from '../money-view.ts';
import { cancelImport, commitImport, previewImport, type ImportOptions, type ImportPreview, type ImportView } from '../import-api.ts';
import type { Owner } from '../money-types.ts';
import { CommitProgress } from './CommitProgress.tsx';
import { MappingStep } from './MappingStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { UploadStep } from './UploadStep.tsx';

type Step = 'upload' | 'map' | 'preview' | 'import';
const steps: ReadonlyArray<{ value: Step; label: string }> = [
  { value: 'upload', label: 'Upload' },
  { value: 'map', label: 'Columns' },
  { value: 'preview', label: 'Check' },
  { value: 'import', label: 'Import' },
];

/** Import a bank's CSV: upload, match columns, check rows (duplicates flagged), then import all at once. */
export function ImportWizard({ owner }: { owner: Owner }) {
  const [step, setStep] = useState<Step>('upload');
  const [upload, setUpload] = useState<ImportView>();
  const [options, setOptions] = useState<ImportOptions>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [started, setStarted] = useState<ImportView>();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const check = useMutation({
    mutationFn: (next: ImportOptions) => previewImport(owner, upload?.id ?? '', next),
    onSuccess: (result, next) => {
      setOptions(next);
      setPreview(result);
      setStep('preview');
    },
  });
  const commit = useMutation({
    mutationFn: (next: ImportOptions) => commitImport(owner, upload?.id ?? '', next),
    onSuccess: (view) => {
      setStarted(view);
      setStep('import');
    },
  });
  const reset = () => {
    setUpload(undefined);
    setOptions(undefined);
    setPreview(undefined);
    setStarted(undefined);
    check.reset();
    commit.reset();
    setStep('upload');
  };
  const cancel = () => {
    if (upload) void cancelImport(owner, upload.id).catch(() => undefined);
    reset();
  };
  const index = steps.findIndex((item) => item.value === step);
  const titles: Record<Step, string> = { upload: 'Choose a CSV file', map: 'Match the columns', preview: 'Check the rows', import: 'Importing' };

  return (
    <section aria-labelledby="import-heading" className="max-w-4xl space-y-6">
      <ol aria-label="Import steps" className="flex flex-wrap gap-x-2 gap-y-2 text-sm">
        {steps.map((item, position) => (
          <li key={item.value} aria-current={item.value === step ? 'step' : undefined} className={`inline-flex items-center gap-2 rounded-full px-3 py-1 font-semibold ${item.value === step ? 'bg-accent text-accent-ink' : position < index ? 'bg-accent-soft text-accent-soft-ink' : 'bg-surface-muted text-ink-muted'}`}>
            <span aria-hidden="true">{position + 1}</span>
            {item.label}
            {position < index && <span className="sr-only">(done)</span>}
          </li>
        ))}
      </ol>
      <h2 id="import-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold tracking-tight text-ink outline-none">
        Step {index + 1} of 4: {titles[step]}
      </h2>
      <div className="rounded-3xl border border-line bg-surface p-5 sm:p-6">
        {step === 'upload' && (
          <UploadStep
            owner={owner}
            onUploaded={(view) => {
              setUpload(view);
              setStep('map');
            }}
          />
        )}
        {step === 'map' && upload && <MappingStep upload={upload} initial={options} pending={check.isPending} error={check.error} onPreview={(next) => check.mutate(next)} onCancel={cancel} />}
        {step === 'preview' && preview && options && (
          <PreviewStep
            preview={preview}
            options={options}
            pending={commit.isPending}
            error={commit.error}
            onBack={() => {
              commit.reset();
              setStep('map');
            }}
            onCommit={(next) => commit.mutate(next)}
            onCancel={cancel}
          />
        )}
        {step === 'import' && started && <CommitProgress owner={owner} started={started} transactionsLink={moneyPath('transactions', owner)} onAnother={reset} />}
      </div>
    </section>
  );
}
