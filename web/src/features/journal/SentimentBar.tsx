import type { Sentiment } from './journal-api.ts';

const labels: Record<Sentiment['label'], string> = { negative: 'Leaning low', neutral: 'Fairly even', positive: 'Leaning bright' };

/** The entry's overall tone: a word, and a small bar from low (-1) to bright (+1). */
export function SentimentBar({ sentiment }: { sentiment: Sentiment }) {
  const score = Math.max(-1, Math.min(1, sentiment.score));
  const x = score < 0 ? 50 + score * 50 : 50;
  const width = Math.max(Math.abs(score) * 50, 1.5);
  return (
    <div>
      <p className="font-semibold text-ink">
        {labels[sentiment.label]} <span className="font-normal text-ink-muted">(tone {score.toFixed(2)}, on a scale from -1 to 1)</span>
      </p>
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" className="mt-2 h-2.5 w-full max-w-xs rounded-full">
        <rect x="0" y="0" width="100" height="6" rx="3" className="fill-surface-muted" />
        <rect x={x} y="0" width={width} height="6" rx="3" className={score < 0 ? 'fill-warn' : 'fill-accent'} />
        <rect x="49.6" y="0" width="0.8" height="6" className="fill-ink-muted" />
      </svg>
    </div>
  );
}
