import { useEffect, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { categoryOptions } from '../category-options.ts';
import { normaliseAmount } from '../money-format.ts';
import type { Category, Kind, TransactionFilters as Filters } from '../money-types.ts';

interface TransactionFiltersProps {
  filters: Filters;
  categories: readonly Category[] | undefined;
  onChange: (next: Filters) => void;
}

const kindOptions: ReadonlyArray<{ value: Kind | ''; label: string }> = [
  { value: '', label: 'Expenses and income' },
  { value: 'expense', label: 'Expenses' },
  { value: 'income', label: 'Income' },
];

/** A currency filter is applied once it is three letters (or empty). */
const settledCurrencyBad = (code: string) => code !== '' && !/^[A-Z]{3}$/.test(code);

/** Typed text (payee, tag, account, amounts) applies once typing pauses; choices apply at once. */
export function TransactionFilters({ filters, categories, onChange }: TransactionFiltersProps) {
  const [typed, setTyped] = useState({
    payee: filters.payee ?? '',
    tag: filters.tag ?? '',
    account: filters.account ?? '',
    currency: filters.currency ?? '',
    minAmount: filters.minAmount ?? '',
    maxAmount: filters.maxAmount ?? '',
  });
  const [more, setMore] = useState(Boolean(filters.tag || filters.account || filters.minAmount || filters.maxAmount || filters.currency));
  const settled = useDebouncedValue(typed, 350);
  const badAmount = (text: string) => (text.trim() && !/^\d{1,15}(\.\d{1,4})?$/.test(normaliseAmount(text)) ? 'Enter a number such as 20.' : undefined);
  const minError = badAmount(typed.minAmount);
  const maxError = badAmount(typed.maxAmount);
  const currencyError = settledCurrencyBad(settled.currency.trim().toUpperCase()) ? 'Three letters, such as EUR.' : undefined;

  useEffect(() => {
    if (minError || maxError || settledCurrencyBad(settled.currency.trim().toUpperCase())) return;
    const next = {
      payee: settled.payee.trim(),
      tag: settled.tag.trim().replace(/^#/, '').toLowerCase(),
      account: settled.account.trim(),
      currency: settled.currency.trim().toUpperCase(),
      minAmount: settled.minAmount.trim() ? normaliseAmount(settled.minAmount) : '',
      maxAmount: settled.maxAmount.trim() ? normaliseAmount(settled.maxAmount) : '',
    };
    const changed = (Object.keys(next) as Array<keyof typeof next>).some((key) => next[key] !== (filters[key] ?? ''));
    if (changed) onChange({ ...filters, ...next });
    // Only settled typing updates the filters, not every change of the others.
  }, [settled]); // eslint-disable-line react-hooks/exhaustive-deps

  const type = (key: keyof typeof typed, value: string) => setTyped((current) => ({ ...current, [key]: value }));
  const active = Object.values(filters).some(Boolean);
  const backwards = Boolean(filters.from && filters.to && filters.to < filters.from);

  return (
    <form role="search" aria-label="Filter transactions" onSubmit={(event) => event.preventDefault()} className="space-y-4 rounded-3xl border border-line bg-surface p-5 sm:p-6">
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <div className="col-span-2 lg:col-span-1">
          <TextField id="filter-payee" type="search" label="Payee" value={typed.payee} onChange={(event) => type('payee', event.target.value)} />
        </div>
        <SelectField id="filter-kind" className="min-w-0" label="Type" options={kindOptions} value={filters.kind ?? ''} onChange={(kind) => onChange({ ...filters, kind })} />
        <SelectField id="filter-category" label="Category" options={categoryOptions(categories, filters.kind || undefined, 'Any category', filters.categoryId)} value={filters.categoryId ?? ''} onChange={(categoryId) => onChange({ ...filters, categoryId })} />
        <TextField id="filter-from" type="date" label="From" value={filters.from ?? ''} onChange={(event) => onChange({ ...filters, from: event.target.value })} />
        <TextField id="filter-to" type="date" label="To" value={filters.to ?? ''} onChange={(event) => onChange({ ...filters, to: event.target.value })} error={backwards ? 'Before “From”.' : undefined} />
      </div>
      <div id="filter-more" hidden={!more} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField id="filter-tag" label="Tag" autoCapitalize="none" value={typed.tag} onChange={(event) => type('tag', event.target.value)} />
        <TextField id="filter-account" label="Account" value={typed.account} onChange={(event) => type('account', event.target.value)} />
        <TextField id="filter-currency" label="Currency" maxLength={3} autoCapitalize="characters" className="uppercase" value={typed.currency} onChange={(event) => type('currency', event.target.value)} error={currencyError} />
        <div className="grid grid-cols-2 gap-3">
          <TextField id="filter-min" label="At least" inputMode="decimal" value={typed.minAmount} onChange={(event) => type('minAmount', event.target.value)} error={minError} />
          <TextField id="filter-max" label="At most" inputMode="decimal" value={typed.maxAmount} onChange={(event) => type('maxAmount', event.target.value)} error={maxError} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" aria-expanded={more} aria-controls="filter-more" onClick={() => setMore((open) => !open)} className="text-sm font-semibold text-accent-soft-ink underline underline-offset-4">
          {more ? 'Fewer filters' : 'More filters'}
        </button>
        {active && (
          <Button
            variant="secondary"
            className="ml-auto"
            onClick={() => {
              setTyped({ payee: '', tag: '', account: '', currency: '', minAmount: '', maxAmount: '' });
              onChange({});
            }}
          >
            Clear filters
          </Button>
        )}
      </div>
    </form>
  );
}
