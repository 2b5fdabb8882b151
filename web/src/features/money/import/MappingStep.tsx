import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';
import { CurrencyField } from '../CurrencyField.tsx';
import { currencyProblem, preferredCurrency } from '../money-format.ts';
import { dateFormats, type DateFormat, type DecimalStyle, type ImportMapping, type ImportOptions, type ImportView } from '../import-api.ts';
import { ImportError } from './import-errors.tsx';
import { SampleTable } from './SampleTable.tsx';

type ColumnField = 'date' | 'payee' | 'amount' | 'debit' | 'credit' | 'category' | 'note' | 'account' | 'currency' | 'kind';
type Field = ColumnField | 'defaultCurrency' | 'defaultAccount';

const columnFields: ReadonlyArray<{ field: ColumnField; label: string; required?: boolean; hint?: string }> = [
  { field: 'date', label: 'Date', required: true },
  { field: 'payee', label: 'Payee or description', required: true },
  { field: 'amount', label: 'Amount', hint: 'One column, negative for money out.' },
  { field: 'debit', label: 'Money out', hint: 'Or separate columns for out…' },
  { field: 'credit', label: 'Money in', hint: '…and in.' },
  { field: 'category', label: 'Category' },
  { field: 'note', label: 'Note' },
  { field: 'account', label: 'Account' },
  { field: 'currency', label: 'Currency' },
  { field: 'kind', label: 'Type (expense or income)' },
];

interface MappingStepProps {
  upload: ImportView;
  initial: ImportOptions | undefined;
  pending: boolean;
  error: unknown;
  onPreview: (options: ImportOptions) => void;
  onCancel: () => void;
}

/** Step 2: which column is which (guessed by the server), how dates and decimals are written, and defaults for missing columns. */
export function MappingStep({ upload, initial, pending, error, onPreview, onCancel }: MappingStepProps) {
  const guess = initial?.mapping ?? upload.mapping;
  const [columns, setColumns] = useState<Partial<Record<ColumnField, string>>>(() =>
    Object.fromEntries(columnFields.map(({ field }) => [field, guess?.[field] === undefined ? '' : String(guess[field])])),
  );
  const [dateFormat, setDateFormat] = useState<DateFormat>(guess?.dateFormat ?? 'YYYY-MM-DD');
  const [decimalStyle, setDecimalStyle] = useState<DecimalStyle>(guess?.decimalStyle ?? 'dot');
  const [currency, setCurrency] = useState(initial?.currency ?? preferredCurrency());
  const [account, setAccount] = useState(initial?.account ?? 'Bank');
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const columnOptions = [{ value: '', label: 'Not in the file' }, ...upload.headers.map((header, index) => ({ value: String(index), label: header || `Column ${index + 1}` }))];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const fields: Partial<Record<Field, string>> = {};
    if (!columns.date) fields.date = 'Choose the column with the date.';
    if (!columns.payee) fields.payee = 'Choose the column with the payee or description.';
    if (!columns.amount && !columns.debit && !columns.credit) fields.amount = 'Choose the amount column, or the money out and money in columns.';
    const badCurrency = currencyProblem(currency);
    if (badCurrency) fields.defaultCurrency = badCurrency;
    if (!account.trim()) fields.defaultAccount = 'Name the account, such as Bank.';
    if (Object.keys(fields).length > 0) return fail({ fields });
    clear();
    const mapping: ImportMapping = { date: Number(columns.date), payee: Number(columns.payee), dateFormat, decimalStyle };
    for (const { field } of columnFields) {
      const value = columns[field];
      if (field !== 'date' && field !== 'payee' && value) mapping[field] = Number(value);
    }
    onPreview({ mapping, currency: currency.trim().toUpperCase(), account: account.trim(), skipLines: [] });
  };

  const fieldIds = Object.fromEntries([...columnFields.map(({ field }) => [field, `map-${field}`]), ['defaultCurrency', 'map-default-currency'], ['defaultAccount', 'map-default-account']]) as Record<Field, string>;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={fieldIds} title="Check the columns" />
      <ImportError error={error} />
      <p className="text-ink-muted">
        {upload.fileName}: {upload.rowCount} row{upload.rowCount === 1 ? '' : 's'}, read as {upload.encoding} with “{upload.delimiter === '\t' ? 'tab' : upload.delimiter}” between columns. Daybook guessed the columns below; check them against the sample.
      </p>
      <SampleTable headers={upload.headers} rows={upload.sample.slice(0, 5)} />
      <fieldset className="space-y-4">
        <legend className="font-semibold text-ink">Columns</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {columnFields.map(({ field, label, required, hint }) => (
            <SelectField
              key={field}
              id={fieldIds[field]}
              label={required ? label : `${label} (optional)`}
              hint={hint}
              options={columnOptions}
              value={columns[field] ?? ''}
              onChange={(value) => setColumns((current) => ({ ...current, [field]: value }))}
              error={errors.fields[field]}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="font-semibold text-ink">How the file writes things</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField id="map-date-format" label="Dates" options={dateFormats.map((format) => ({ value: format, label: format }))} value={dateFormat} onChange={setDateFormat} />
          <SelectField id="map-decimals" label="Decimals" options={[{ value: 'dot', label: '1,234.56' }, { value: 'comma', label: '1.234,56' }]} value={decimalStyle} onChange={setDecimalStyle} />
          <CurrencyField id={fieldIds.defaultCurrency} label="Currency" hint="When no column says." value={currency} onChange={setCurrency} error={errors.fields.defaultCurrency} />
          <TextField id={fieldIds.defaultAccount} label="Account" hint="When no column says." value={account} maxLength={60} onChange={(event) => setAccount(event.target.value)} error={errors.fields.defaultAccount} />
        </div>
      </fieldset>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel import
        </Button>
        <SubmitButton pending={pending} pendingLabel="Checking rows…">
          Preview rows
        </SubmitButton>
      </div>
    </form>
  );
}
