interface ProgressRingProps {
  value: number;
  goal: number;
  /** The accessible text, e.g. "750 of 2,000 ml today". */
  label: string;
  /** Big number in the middle, and a smaller line under it. */
  center: string;
  caption: string;
}

const size = 160;
const stroke = 14;
const radius = (size - stroke) / 2;
const circumference = 2 * Math.PI * radius;

/**
 * A ring that fills towards the goal. The arc is drawn with stroke-dasharray, an SVG attribute
 * computed here: no style attribute, so it works under the strict CSP.
 */
export function ProgressRing({ value, goal, label, center, caption }: ProgressRingProps) {
  const fraction = goal > 0 ? Math.min(1, Math.max(0, value / goal)) : 0;
  const filled = fraction * circumference;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} className="size-40 shrink-0">
      <circle cx={size / 2} cy={size / 2} r={radius} fill="none" strokeWidth={stroke} className="stroke-surface-muted" />
      {filled > 0 && (
        <circle
          cx={size / 2}
          cy={size / 2}
          r={radius}
          fill="none"
          strokeWidth={stroke}
          strokeLinecap="round"
          strokeDasharray={`${filled} ${circumference}`}
          transform={`rotate(-90 ${size / 2} ${size / 2})`}
          className={fraction >= 1 ? 'stroke-ok' : 'stroke-accent'}
        />
      )}
      <text x="50%" y="47%" textAnchor="middle" className="fill-ink text-[1.6rem] font-semibold">
        {center}
      </text>
      <text x="50%" y="62%" textAnchor="middle" className="fill-ink-muted text-[0.8rem]">
        {caption}
      </text>
    </svg>
  );
}
