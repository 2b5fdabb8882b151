import { labelClasses } from '../../components/form/field-styles.ts';
import type { Kind } from './money-types.ts';

const kinds: ReadonlyArray<{ value: Kind; label: string }> = [
  { value: 'expense', label: 'Expense' },
  { value: 'income', label: 'Income' },
];

/** Expense or income: two radio buttons drawn as a segmented control (arrow keys move between them). */
export function KindToggle({ name, value, onChange, legend = 'Type' }: { name: string; value: Kind; onChange: (kind: Kind) => void; legend?: string }) {
  return (
    <fieldset>
      <legend className={`${labelClasses} mb-1.5`}>{legend}</legend>
      <div className="inline-flex w-full rounded-full border border-line-strong bg-surface p-1 sm:w-auto">
        {kinds.map((kind) => (
          <label
            key={kind.value}
            className={`inline-flex min-h-9 flex-1 cursor-pointer items-center justify-center rounded-full px-4 text-sm font-semibold transition-colors has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus sm:flex-none ${
              value === kind.value ? 'bg-accent text-accent-ink' : 'text-ink-muted hover:text-ink'
            }`}
          >
            <input type="radio" name={name} value={kind.value} checked={value === kind.value} onChange={() => onChange(kind.value)} className="sr-only" />
            {kind.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
