interface ProgressBarProps {
  /** 0 to 1. */
  value: number;
  label: string;
  /** "1.2 of 3.4 MB", "40 of 120 rows". */
  text: string;
}

/** A determinate progress bar: role="progressbar" with its value, drawn in SVG (no style attribute, for the strict CSP). */
export function ProgressBar({ value, label, text }: ProgressBarProps) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="space-y-2">
      <div className="flex justify-between gap-3 text-sm">
        <span className="font-semibold text-ink">{label}</span>
        <span className="text-ink-muted tabular-nums">{text}</span>
      </div>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%, ${text}`} className="h-3 w-full overflow-hidden rounded-full bg-surface-muted">
        <svg aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none" className="block size-full">
          {percent > 0 && <rect x="0" y="0" width={percent} height="10" className="fill-accent" />}
        </svg>
      </div>
    </div>
  );
}
