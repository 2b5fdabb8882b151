import { insightRanges, type InsightRange } from './insights-api.ts';

/** Last 7, 30 or 90 days: pressed-or-not buttons, like the check-ins period toggle. */
export function PeriodToggle({ value, onChange }: { value: InsightRange; onChange: (days: InsightRange) => void }) {
  return (
    <div role="group" aria-label="Period" className="inline-flex flex-wrap rounded-full border border-line-strong bg-surface p-1">
      {insightRanges.map((days) => (
        <button
          key={days}
          type="button"
          aria-pressed={value === days}
          onClick={() => onChange(days)}
          className={`min-h-9 rounded-full px-4 text-sm font-semibold transition-colors ${value === days ? 'bg-accent text-accent-ink' : 'text-ink-muted hover:text-ink'}`}
        >
          {days} days
        </button>
      ))}
    </div>
  );
}
