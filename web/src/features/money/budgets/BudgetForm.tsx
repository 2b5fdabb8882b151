import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { Checkbox } from '../../../components/form/Checkbox.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { labelClasses } from '../../../components/form/field-styles.ts';
import { errorsFromApi } from '../../../components/form/form-errors.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';
import { categoryOptions } from '../category-options.ts';
import { CurrencyField } from '../CurrencyField.tsx';
import { categoriesQuery } from '../money-api.ts';
import { amountProblem, currencyProblem, normaliseAmount, preferredCurrency } from '../money-format.ts';
import type { BudgetInput, BudgetProgress, Owner } from '../money-types.ts';
import { useMoneyMutation } from '../use-money-mutation.ts';

type Field = 'categoryId' | 'amount' | 'currency' | 'thresholds';
const thresholdChoices = [50, 80, 90, 100] as const;

interface BudgetFormProps {
  id: string;
  owner: Owner;
  /** Editing: only the amount and the alerts change. */
  budget?: BudgetProgress;
  save: (input: BudgetInput) => Promise<unknown>;
  onSaved: (input: BudgetInput) => void;
  onCancel?: () => void;
}

/** A monthly limit for one expense category (or all spending) in one currency, and when to be warned. */
export function BudgetForm({ id, owner, budget, save, onSaved, onCancel }: BudgetFormProps) {
  const categories = useQuery(categoriesQuery(owner));
  const [categoryId, setCategoryId] = useState(budget?.categoryId ?? '');
  const [amount, setAmount] = useState(budget?.amount ?? '');
  const [currency, setCurrency] = useState(budget?.currency ?? preferredCurrency());
  const [thresholds, setThresholds] = useState<number[]>(budget?.thresholds ?? [80, 100]);
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMoneyMutation(save, (_result, input) => {
    if (!budget) setAmount('');
    onSaved(input);
  });
  const choices = [...new Set([...thresholdChoices, ...thresholds])].sort((a, b) => a - b);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const code = currency.trim().toUpperCase();
    const fields: Partial<Record<Field, string>> = {};
    const badCurrency = currencyProblem(code);
    if (badCurrency) fields.currency = badCurrency;
    else {
      const badAmount = amountProblem(amount, code);
      if (badAmount) fields.amount = badAmount;
    }
    if (thresholds.length === 0) fields.thresholds = 'Choose at least one point to be alerted at.';
    if (Object.keys(fields).length > 0) return fail({ fields });
    clear();
    const input: BudgetInput = { amount: normaliseAmount(amount), currency: code, thresholds, ...(budget ? {} : { categoryId: categoryId || null }) };
    mutation.mutate(input, { onError: (error) => fail(errorsFromApi<Field>(error, (code) => (code.includes('CURRENCY') ? 'currency' : code.includes('AMOUNT') ? 'amount' : undefined))) });
  };

  const fieldIds = { categoryId: `${id}-category`, amount: `${id}-amount`, currency: `${id}-currency`, thresholds: `${id}-threshold-${choices[0] ?? 80}` };
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={fieldIds} title={budget ? 'Could not save the budget' : 'Could not add the budget'} />
      {!budget && (
        <SelectField id={fieldIds.categoryId} label="Category" options={categoryOptions(categories.data, 'expense', 'All spending')} value={categoryId} onChange={setCategoryId} error={errors.fields.categoryId} />
      )}
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_7rem]">
        <TextField id={fieldIds.amount} label="Monthly limit" inputMode="decimal" autoComplete="off" value={amount} onChange={(event) => setAmount(event.target.value)} error={errors.fields.amount} />
        {budget ? (
          <TextField id={fieldIds.currency} label="Currency" value={currency} readOnly />
        ) : (
          <CurrencyField id={fieldIds.currency} value={currency} onChange={setCurrency} error={errors.fields.currency} />
        )}
      </div>
      <fieldset aria-describedby={errors.fields.thresholds ? `${id}-thresholds-error` : undefined}>
        <legend className={`${labelClasses} mb-2`}>Alert me when spending reaches</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-3">
          {choices.map((threshold) => (
            <Checkbox
              key={threshold}
              id={`${id}-threshold-${threshold}`}
              label={`${threshold}%`}
              checked={thresholds.includes(threshold)}
              onChange={(event) => setThresholds((current) => (event.target.checked ? [...current, threshold].sort((a, b) => a - b) : current.filter((value) => value !== threshold)))}
            />
          ))}
        </div>
        {errors.fields.thresholds && (
          <p id={`${id}-thresholds-error`} className="mt-2 text-sm font-medium text-bad">
            {errors.fields.thresholds}
          </p>
        )}
      </fieldset>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <SubmitButton pending={mutation.isPending} pendingLabel="Saving…">
          {budget ? 'Save budget' : 'Add budget'}
        </SubmitButton>
      </div>
    </form>
  );
}
