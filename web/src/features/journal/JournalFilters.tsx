import { useEffect, useState } from 'react';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import type { EntryFilters } from './journal-api.ts';

interface JournalFiltersProps {
  filters: EntryFilters;
  onChange: (next: EntryFilters) => void;
}

const moodOptions = [{ value: '', label: 'Any mood' }, ...Array.from({ length: 10 }, (_, index) => ({ value: String(index + 1), label: `${index + 1} of 10` }))];

/** Search words, one tag, a mood and a date range; the search waits until typing pauses. */
export function JournalFilters({ filters, onChange }: JournalFiltersProps) {
  const [q, setQ] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  const settledQ = useDebouncedValue(q.trim(), 350);
  const settledTag = useDebouncedValue(tag.trim().replace(/^#/, '').toLowerCase(), 350);

  useEffect(() => setTag(filters.tag ?? ''), [filters.tag]);
  useEffect(() => {
    if (settledQ !== (filters.q ?? '') || settledTag !== (filters.tag ?? '')) onChange({ ...filters, q: settledQ, tag: settledTag });
    // Only a settled change of the typed text updates the filters (not every change of the others).
  }, [settledQ, settledTag]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <form role="search" aria-label="Journal entries" onSubmit={(event) => event.preventDefault()} className="grid gap-4 rounded-3xl border border-line bg-surface p-5 sm:grid-cols-2 lg:grid-cols-5 dark:shadow-none">
      <div className="sm:col-span-2">
        <TextField id="journal-search" type="search" label="Search" hint="Whole words, any order." value={q} onChange={(event) => setQ(event.target.value)} />
      </div>
      <TextField id="journal-tag" label="Tag" hint="One tag." value={tag} onChange={(event) => setTag(event.target.value)} autoCapitalize="none" spellCheck={false} />
      <SelectField id="journal-mood" label="Mood" hint="Exactly this mood." options={moodOptions} value={filters.mood ?? ''} onChange={(mood) => onChange({ ...filters, mood })} />
      <div className="grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-1 lg:grid-cols-1">
        <TextField id="journal-from" type="date" label="From" value={filters.from ?? ''} onChange={(event) => onChange({ ...filters, from: event.target.value })} />
        <TextField id="journal-to" type="date" label="To" value={filters.to ?? ''} onChange={(event) => onChange({ ...filters, to: event.target.value })} />
      </div>
    </form>
  );
}
