interface BudgetBarProps {
  /** Share spent, in percent (may pass 100). */
  percent: number;
  thresholds: readonly number[];
}

/**
 * How much of a budget is spent, as a bar with a tick at each alert threshold. Drawn in SVG with
 * computed attributes (no style attribute, for the strict CSP). Decorative: the text beside it
 * says the same in words.
 */
export function BudgetBar({ percent, thresholds }: BudgetBarProps) {
  const filled = Math.min(100, Math.max(0, percent));
  const tone = percent >= 100 ? 'fill-bad' : percent >= (thresholds[0] ?? 80) ? 'fill-warn' : 'fill-accent';
  return (
    <div aria-hidden="true" className="h-3 w-full overflow-hidden rounded-full bg-surface-muted">
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="block size-full">
        {filled > 0 && <rect x="0" y="0" width={Math.max(filled, 1.5)} height="10" className={tone} />}
        {thresholds
          .filter((threshold) => threshold > 0 && threshold < 100)
          .map((threshold) => (
            <line key={threshold} x1={threshold} x2={threshold} y1="0" y2="10" strokeWidth="2" vectorEffect="non-scaling-stroke" className="stroke-ink-muted" />
          ))}
      </svg>
    </div>
  );
}
