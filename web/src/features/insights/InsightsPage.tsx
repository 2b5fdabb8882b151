import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { addDays, browserTimeZone, dayIn } from '../checkins/local-days.ts';
import { MoodByDayChart, SentimentByDayChart } from './DayCharts.tsx';
import { getInsights, insightRanges, type InsightRange } from './insights-api.ts';
import { PeriodToggle } from '../../components/PeriodToggle.tsx';
import { TagInsights } from './TagInsights.tsx';
import { WritingSummary } from './WritingSummary.tsx';

function rangeFrom(params: URLSearchParams): InsightRange {
  const days = Number(params.get('days'));
  return insightRanges.find((range) => range === days) ?? 30;
}

/** /insights: patterns in the journal over the last 7, 30 or 90 days. */
export function InsightsPage() {
  const [params, setParams] = useSearchParams();
  const range = rangeFrom(params);
  const to = dayIn(browserTimeZone());
  const from = addDays(to, -(range - 1));
  const insights = useQuery({ queryKey: ['insights', from, to], queryFn: ({ signal }) => getInsights(from, to, signal), placeholderData: keepPreviousData });

  return (
    <>
      <PageHeader title="Insights" eyebrow="Journal">
        <p>Gentle patterns from your journal. They come from software looking at your entries, so treat them as hints rather than answers.</p>
      </PageHeader>
      <div className="mt-6">
        <PeriodToggle options={insightRanges} label={(days) => `${days} days`} value={range} onChange={(days) => setParams(days === 30 ? {} : { days: String(days) }, { replace: true })} />
      </div>
      <div className="mt-6 space-y-6">
        {insights.isPending ? (
          <PageLoading />
        ) : insights.isError ? (
          <ErrorPanel title="Could not load your insights" error={insights.error} onRetry={() => void insights.refetch()} retrying={insights.isFetching} />
        ) : (
          <>
            <div className="grid gap-5 lg:grid-cols-2">
              <MoodByDayChart days={insights.data.days} />
              <SentimentByDayChart days={insights.data.days} />
            </div>
            <WritingSummary insights={insights.data} />
            <TagInsights insights={insights.data} />
          </>
        )}
      </div>
    </>
  );
}
