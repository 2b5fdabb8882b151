const ranges = [7, 30] as const;

/** "Last 7 days" / "Last 30 days": two pressed-or-not buttons. */
export function RangeToggle({ value, onChange }: { value: 7 | 30; onChange: (days: 7 | 30) => void }) {
  return (
    <div role="group" aria-label="Period" className="inline-flex rounded-full border border-line-strong bg-surface p-1">
      {ranges.map((days) => (
        <button
          key={days}
          type="button"
          aria-pressed={value === days}
          onClick={() => onChange(days)}
          className={`min-h-9 rounded-full px-4 text-sm font-semibold transition-colors ${value === days ? 'bg-accent text-accent-ink' : 'text-ink-muted hover:text-ink'}`}
        >
          Last {days} days
        </button>
      ))}
    </div>
  );
}
