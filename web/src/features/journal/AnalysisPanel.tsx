import { Badge } from '../../components/Badge.tsx';
import { SproutIcon } from '../../components/icons.tsx';
import { SectionCard } from '../../components/SectionCard.tsx';
import type { Analysis } from './journal-api.ts';
import { SentimentBar } from './SentimentBar.tsx';

interface AnalysisPanelProps {
  analysis: Analysis;
  /** Still pending after the polling stopped (about a minute). */
  gaveUp: boolean;
}

const fromSoftware = 'Written by Daybook’s software, not a person, and not professional advice.';

/** The entry's reflection: tone, emotions, an acknowledgement and one coping strategy. */
export function AnalysisPanel({ analysis, gaveUp }: AnalysisPanelProps) {
  if (analysis.status === 'pending') {
    return (
      <SectionCard id="reflection" title="Reflection" icon={SproutIcon} description={fromSoftware}>
        <p role="status" className="text-ink-muted">
          {gaveUp ? 'The reflection is taking longer than usual. It will be here when you come back.' : 'Reflecting on your entry… take a breath, there is no hurry.'}
        </p>
      </SectionCard>
    );
  }
  const { sentiment, reflection, outdated } = analysis;
  return (
    <SectionCard id="reflection" title="Reflection" icon={SproutIcon} description={fromSoftware} badge={outdated ? <Badge tone="neutral">About an earlier version</Badge> : undefined}>
      <div role="status" className="space-y-6">
        {sentiment && (
          <div className="space-y-3">
            <SentimentBar sentiment={sentiment} />
            {sentiment.emotions.length > 0 && (
              <div>
                <h3 className="text-sm font-semibold text-ink">Feelings it noticed</h3>
                <ul className="mt-2 flex flex-wrap gap-2">
                  {sentiment.emotions.map((emotion) => (
                    <li key={emotion}>
                      <Badge tone="accent">{emotion}</Badge>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {reflection && (
          <>
            <p className="text-lg leading-relaxed text-pretty text-ink">{reflection.acknowledgement}</p>
            <div className="rounded-2xl border border-line bg-surface-muted p-5">
              <h3 className="font-semibold text-ink">Something to try: {reflection.strategy.title}</h3>
              <ol className="mt-3 list-decimal space-y-2 pl-6 leading-relaxed text-ink">
                {reflection.strategy.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <p className="mt-4 text-sm leading-relaxed text-ink-muted">
                <span className="font-semibold">Why it can help: </span>
                {reflection.strategy.basis}
              </p>
            </div>
          </>
        )}
      </div>
    </SectionCard>
  );
}
