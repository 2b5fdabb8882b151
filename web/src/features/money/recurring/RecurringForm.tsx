import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../../components/form/form-errors.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';
import { categoryOptions } from '../category-options.ts';
import { CurrencyField } from '../CurrencyField.tsx';
import { KindToggle } from '../KindToggle.tsx';
import { addRecurring, categoriesQuery } from '../money-api.ts';
import { amountProblem, currencyProblem, normaliseAmount, preferredCurrency, today } from '../money-format.ts';
import type { Cadence, Kind, Owner, Recurring } from '../money-types.ts';
import { useMoneyMutation } from '../use-money-mutation.ts';

type Field = 'amount' | 'currency' | 'payee' | 'categoryId' | 'startDate' | 'endDate' | 'interval';

const cadenceOptions: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'monthly-1', label: 'Every month' },
  { value: 'monthly-2', label: 'Every 2 months' },
  { value: 'monthly-3', label: 'Every 3 months' },
  { value: 'monthly-6', label: 'Every 6 months' },
  { value: 'monthly-12', label: 'Every year' },
  { value: 'weekly-1', label: 'Every week' },
  { value: 'weekly-2', label: 'Every 2 weeks' },
  { value: 'weekly-4', label: 'Every 4 weeks' },
];

/** A new repeating expense or income (rent, salary, a subscription): added for each due date from the start. */
export function RecurringForm({ owner, onSaved }: { owner: Owner; onSaved: (item: Recurring) => void }) {
  const categories = useQuery(categoriesQuery(owner));
  const [kind, setKind] = useState<Kind>('expense');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(preferredCurrency());
  const [payee, setPayee] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [repeat, setRepeat] = useState('monthly-1');
  const [startDate, setStartDate] = useState(today());
  const [endDate, setEndDate] = useState('');
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMoneyMutation((input: Parameters<typeof addRecurring>[1]) => addRecurring(owner, input), (item) => {
    setAmount('');
    setPayee('');
    setCategoryId('');
    setEndDate('');
    onSaved(item);
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const code = currency.trim().toUpperCase();
    const fields: Partial<Record<Field, string>> = {};
    const badCurrency = currencyProblem(code);
    if (badCurrency) fields.currency = badCurrency;
    else if (amountProblem(amount, code)) fields.amount = amountProblem(amount, code);
    if (!payee.trim()) fields.payee = kind === 'expense' ? 'Say who you pay.' : 'Say who pays you.';
    if (!startDate) fields.startDate = 'Choose the first date.';
    if (endDate && startDate && endDate < startDate) fields.endDate = 'The last date is before the first.';
    if (Object.keys(fields).length > 0) return fail({ fields });
    clear();
    const [cadence = 'monthly', every = '1'] = repeat.split('-') as [Cadence, string];
    mutation.mutate(
      { kind, amount: normaliseAmount(amount), currency: code, payee: payee.trim(), categoryId: categoryId || null, cadence, interval: Number(every), startDate, endDate: endDate || null },
      { onError: (error) => fail(errorsFromApi<Field>(error)) },
    );
  };

  const id = (field: Field) => `recurring-${field}`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={{ amount: id('amount'), currency: id('currency'), payee: id('payee'), startDate: id('startDate'), endDate: id('endDate') }} title="Could not add it" />
      <KindToggle
        name="recurring-kind"
        value={kind}
        onChange={(next) => {
          setKind(next);
          setCategoryId('');
        }}
      />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_7rem_minmax(0,1fr)]">
        <TextField id={id('amount')} label="Amount" inputMode="decimal" autoComplete="off" value={amount} onChange={(event) => setAmount(event.target.value)} error={errors.fields.amount} />
        <CurrencyField id={id('currency')} value={currency} onChange={setCurrency} error={errors.fields.currency} />
        <TextField id={id('payee')} label={kind === 'expense' ? 'Paid to' : 'Received from'} value={payee} maxLength={200} onChange={(event) => setPayee(event.target.value)} error={errors.fields.payee} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField id={id('categoryId')} label="Category" options={categoryOptions(categories.data, kind, 'Uncategorised')} value={categoryId} onChange={setCategoryId} />
        <SelectField id={id('interval')} label="Repeats" options={cadenceOptions} value={repeat} onChange={setRepeat} />
        <TextField id={id('startDate')} label="First date" type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} error={errors.fields.startDate} />
        <TextField id={id('endDate')} label="Last date (optional)" type="date" value={endDate} onChange={(event) => setEndDate(event.target.value)} error={errors.fields.endDate} />
      </div>
      <div className="flex justify-end">
        <SubmitButton pending={mutation.isPending} pendingLabel="Adding…">
          Add repeating item
        </SubmitButton>
      </div>
    </form>
  );
}
