import type { FormEvent, ReactNode, Ref } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import type { FormErrors } from '../../components/form/form-errors.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';

interface EditFormProps<Field extends string> {
  label: string;
  errors: FormErrors<Field>;
  fieldIds: Partial<Record<Field, string>>;
  summaryRef: Ref<HTMLDivElement>;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of an entry's edit form: problems, fields, Save and Cancel; ignores submits while saving. */
export function EditForm<Field extends string>({ label, errors, fieldIds, summaryRef, pending, onSubmit, onCancel, children }: EditFormProps<Field>) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} aria-label={label} className="space-y-4 rounded-2xl bg-surface-muted p-4">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={fieldIds} title="Could not save" />
      {children}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save changes
        </SubmitButton>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
