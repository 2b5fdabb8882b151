import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PeriodToggle } from '../../components/PeriodToggle.tsx';
import { settingsQuery, summaryQuery, type CheckinSettings, type Owner } from './checkins-api.ts';
import { addDays, dayIn } from './local-days.ts';
import { MoodChart } from './MoodChart.tsx';
import { TodayCards } from './TodayCards.tsx';
import { TrendStats } from './TrendStats.tsx';
import { WaterChart } from './WaterChart.tsx';

const checkinRanges = [7, 30] as const;

interface OverviewViewProps {
  owner: Owner;
  ownerName?: string | undefined;
  canEdit: boolean;
}

/** Trends over the last 7 or 30 days (30 are always read, for the averages and streaks). */
function Trends({ owner, settings, range }: { owner: Owner; settings: CheckinSettings; range: 7 | 30 }) {
  const today = dayIn(settings.timeZone);
  const summary = useQuery(summaryQuery(owner, addDays(today, -29), today));
  if (summary.isPending) return <PageLoading label="Loading trends…" />;
  if (summary.isError) return <ErrorPanel title="Could not load trends" error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isFetching} />;
  const days = summary.data.days.slice(-range);
  return (
    <div className="space-y-6">
      <TrendStats summary={summary.data} unit={settings.waterUnit} />
      <div className="grid gap-6 lg:grid-cols-2">
        <MoodChart days={days} />
        <WaterChart days={days} goalMl={summary.data.waterGoalMl} unit={settings.waterUnit} />
      </div>
    </div>
  );
}

/** Today's cards, then the trends. */
export function OverviewView({ owner, ownerName, canEdit }: OverviewViewProps) {
  const [params, setParams] = useSearchParams();
  const range = params.get('days') === '30' ? 30 : 7;
  const settings = useQuery(settingsQuery(owner));
  return (
    <div className="space-y-10">
      <TodayCards owner={owner} ownerName={ownerName} canEdit={canEdit} />
      <section aria-labelledby="trends-heading" className="space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="trends-heading" className="text-xl font-semibold tracking-tight text-ink">
            Trends
          </h2>
          <PeriodToggle
            options={checkinRanges}
            label={(days) => `Last ${days} days`}
            value={range}
            onChange={(days) =>
              setParams((current) => {
                const next = new URLSearchParams(current);
                if (days === 30) next.set('days', '30');
                else next.delete('days');
                return next;
              })
            }
          />
        </div>
        {settings.data && <Trends owner={owner} settings={settings.data} range={range} />}
      </section>
    </div>
  );
}
