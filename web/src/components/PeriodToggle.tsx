/** A row of pressed-or-not buttons choosing a period in days ("Last 7 days", "30 days"...). */
export function PeriodToggle<Days extends number>({
  options,
  value,
  onChange,
  label,
}: {
  options: readonly Days[];
  value: Days;
  onChange: (days: Days) => void;
  label: (days: Days) => string;
}) {
  return (
    <div role="group" aria-label="Period" className="inline-flex flex-wrap rounded-full border border-line-strong bg-surface p-1">
      {options.map((days) => (
        <button
          key={days}
          type="button"
          aria-pressed={value === days}
          onClick={() => onChange(days)}
          className={`min-h-9 rounded-full px-4 text-sm font-semibold transition-colors ${value === days ? 'bg-accent text-accent-ink' : 'text-ink-muted hover:text-ink'}`}
        >
          {label(days)}
        </button>
      ))}
    </div>
  );
}
