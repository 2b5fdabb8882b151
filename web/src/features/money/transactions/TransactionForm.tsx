import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { errorsFromApi, type FormErrors } from '../../../components/form/form-errors.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { categoryOptions } from '../category-options.ts';
import { CurrencyField } from '../CurrencyField.tsx';
import { KindToggle } from '../KindToggle.tsx';
import { categoriesQuery } from '../money-api.ts';
import { currencyDigits } from '../money-format.ts';
import type { Owner, Transaction, TransactionInput } from '../money-types.ts';
import { useMoneyMutation } from '../use-money-mutation.ts';
import { CategorySuggestion } from './CategorySuggestion.tsx';
import { draftProblems, draftToInput, fieldOfPath, type DraftField, type TransactionDraft } from './transaction-draft.ts';

interface TransactionFormProps {
  id: string;
  owner: Owner;
  initial: TransactionDraft;
  save: (input: TransactionInput) => Promise<Transaction>;
  onSaved: (transaction: Transaction, draft: TransactionDraft) => void;
  /** Quick add: the form empties its amount, payee and category after each save, and keeps the rest. */
  quick?: boolean;
  onCancel?: () => void;
}

const labels: Record<DraftField, string> = { kind: 'Type', amount: 'Amount', currency: 'Currency', date: 'Date', payee: 'Payee', categoryId: 'Category', account: 'Account', tags: 'Tags', note: 'Note' };

function serverErrors(error: unknown): FormErrors<DraftField> {
  if (isApiError(error) && error.details.length > 0) {
    const fields: Partial<Record<DraftField, string>> = {};
    for (const detail of error.details) {
      const field = fieldOfPath(detail.path);
      if (field && !fields[field]) fields[field] = `${labels[field]} ${detail.message}`.replace(/^(\w+) \1 /i, '$1 ');
    }
    if (Object.keys(fields).length > 0) return { fields, code: error.code };
  }
  return errorsFromApi<DraftField>(error, (code) => (code.includes('CURRENCY') ? 'currency' : code.includes('AMOUNT') ? 'amount' : code.includes('CATEGORY') ? 'categoryId' : undefined));
}

/** Amount, payee, day and category first; account, tags and a note when wanted. */
export function TransactionForm({ id, owner, initial, save, onSaved, quick = false, onCancel }: TransactionFormProps) {
  const [draft, setDraft] = useState(initial);
  const [details, setDetails] = useState(!quick);
  const amountInput = useRef<HTMLInputElement>(null);
  const categories = useQuery(categoriesQuery(owner));
  const { errors, fail, clear, summaryRef } = useFormErrors<DraftField>();
  const mutation = useMoneyMutation(save, (transaction) => {
    onSaved(transaction, draft);
    if (quick) {
      setDraft((current) => ({ ...current, amount: '', payee: '', categoryId: '', tags: '', note: '' }));
      amountInput.current?.focus();
    }
  });
  const set = <Field extends DraftField>(field: Field, value: TransactionDraft[Field]) => {
    setDraft((current) => ({ ...current, [field]: value, ...(field === 'kind' ? { categoryId: '' } : {}) }));
    if (errors.fields[field]) fail({ ...errors, fields: { ...errors.fields, [field]: undefined } });
  };
  const fieldId = (field: DraftField) => `${id}-${field}`;
  const fieldIds = Object.fromEntries((Object.keys(labels) as DraftField[]).map((field) => [field, fieldId(field)])) as Record<DraftField, string>;
  const digits = currencyDigits(draft.currency.length === 3 ? draft.currency : 'EUR');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems = draftProblems(draft);
    if (Object.keys(problems).length > 0) {
      if (problems.account || problems.tags || problems.note) setDetails(true);
      return fail({ fields: problems });
    }
    clear();
    mutation.mutate(draftToInput(draft), { onError: (error) => fail(serverErrors(error)) });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={fieldIds} title={quick ? 'Could not add it' : 'Could not save the changes'} />
      <KindToggle name={fieldId('kind')} value={draft.kind} onChange={(kind) => set('kind', kind)} />
      <div className="grid grid-cols-[minmax(0,1fr)_6.5rem] gap-4 sm:grid-cols-[minmax(0,1fr)_7rem_minmax(0,11rem)]">
        <TextField
          ref={amountInput}
          id={fieldId('amount')}
          label="Amount"
          inputMode={digits > 0 ? 'decimal' : 'numeric'}
          autoComplete="off"
          placeholder={digits > 0 ? `0.${'0'.repeat(digits)}` : '0'}
          value={draft.amount}
          onChange={(event) => set('amount', event.target.value)}
          error={errors.fields.amount}
        />
        <CurrencyField id={fieldId('currency')} value={draft.currency} onChange={(code) => set('currency', code)} error={errors.fields.currency} />
        <div className="col-span-2 sm:col-span-1">
          <TextField id={fieldId('date')} label="Date" type="date" value={draft.date} onChange={(event) => set('date', event.target.value)} error={errors.fields.date} />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={fieldId('payee')}
          label={draft.kind === 'expense' ? 'Paid to' : 'Received from'}
          autoComplete="off"
          value={draft.payee}
          maxLength={200}
          onChange={(event) => set('payee', event.target.value)}
          error={errors.fields.payee}
        />
        <div>
          <SelectField
            id={fieldId('categoryId')}
            label="Category"
            options={categoryOptions(categories.data, draft.kind, 'Uncategorised', draft.categoryId)}
            value={draft.categoryId}
            onChange={(value) => set('categoryId', value)}
            error={errors.fields.categoryId}
          />
          <CategorySuggestion owner={owner} payee={draft.payee} kind={draft.kind} categories={categories.data} chosen={draft.categoryId} onApply={(value) => set('categoryId', value)} />
        </div>
      </div>
      {quick && (
        <button type="button" aria-expanded={details} aria-controls={`${id}-details`} onClick={() => setDetails((open) => !open)} className="text-sm font-semibold text-accent-soft-ink underline underline-offset-4">
          {details ? 'Fewer details' : 'More details: account, tags, note'}
        </button>
      )}
      <div id={`${id}-details`} hidden={!details} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id={fieldId('account')} label="Account (optional)" hint="Cash, a bank or a card." value={draft.account} maxLength={60} onChange={(event) => set('account', event.target.value)} error={errors.fields.account} />
          <TextField id={fieldId('tags')} label="Tags (optional)" hint="Separated by commas." autoCapitalize="none" value={draft.tags} onChange={(event) => set('tags', event.target.value)} error={errors.fields.tags} />
        </div>
        <TextAreaField id={fieldId('note')} label="Note (optional)" rows={2} maxLength={1000} value={draft.note} onChange={(event) => set('note', event.target.value)} error={errors.fields.note} />
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <SubmitButton pending={mutation.isPending} pendingLabel="Saving…">
          {quick ? (draft.kind === 'expense' ? 'Add expense' : 'Add income') : 'Save changes'}
        </SubmitButton>
      </div>
    </form>
  );
}
