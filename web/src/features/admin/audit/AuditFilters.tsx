import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';
import { knownActions } from './audit-actions.ts';
import { filterProblems, type FilterValues } from './audit-filters.ts';

type Field = 'action' | 'to';
const ids = { action: 'audit-action', outcome: 'audit-outcome', from: 'audit-from', to: 'audit-to' } as const;

const outcomeOptions = [
  { value: '', label: 'Any outcome' },
  { value: 'success', label: 'Success' },
  { value: 'failure', label: 'Failure' },
  { value: 'denied', label: 'Denied' },
] as const;

interface AuditFiltersProps {
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
  onClear: () => void;
}

/** Narrow the log by action, outcome and days; applied on submit. */
export function AuditFilters({ initial, onApply, onClear }: AuditFiltersProps) {
  const [values, setValues] = useState(initial);
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const set = (patch: Partial<FilterValues>) => setValues((current) => ({ ...current, ...patch }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = filterProblems(values);
    if (Object.keys(problems).length > 0) return fail({ fields: problems });
    clear();
    onApply(values);
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Filter the audit log" className="space-y-5 rounded-3xl border border-line bg-surface p-5 sm:p-6">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} />
      <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          id={ids.action}
          label="Action"
          list="audit-action-list"
          autoComplete="off"
          placeholder="Any action"
          value={values.action}
          onChange={(event) => set({ action: event.target.value })}
          error={errors.fields.action}
        />
        <datalist id="audit-action-list">
          {knownActions.map((action) => (
            <option key={action.code} value={action.label} />
          ))}
        </datalist>
        <SelectField id={ids.outcome} label="Outcome" options={outcomeOptions} value={values.outcome} onChange={(outcome) => set({ outcome })} />
        <TextField id={ids.from} label="From" type="date" value={values.from} onChange={(event) => set({ from: event.target.value })} />
        <TextField id={ids.to} label="To (including)" type="date" value={values.to} onChange={(event) => set({ to: event.target.value })} error={errors.fields.to} />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={false} pendingLabel="">
          Show entries
        </SubmitButton>
        <Button
          variant="secondary"
          onClick={() => {
            clear();
            setValues({ action: '', outcome: '', from: '', to: '' });
            onClear();
          }}
        >
          Clear filters
        </Button>
      </div>
    </form>
  );
}
