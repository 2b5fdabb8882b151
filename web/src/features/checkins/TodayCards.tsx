import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { settingsQuery, type Owner } from './checkins-api.ts';
import { MoodCheckIn } from './MoodCheckIn.tsx';
import { WaterCard } from './WaterCard.tsx';

interface TodayCardsProps {
  owner: Owner;
  ownerName?: string | undefined;
  /** Viewers of someone else's check-ins see today's water, without ways to add. */
  canEdit: boolean;
}

/** Today: the mood check-in and the water ring, side by side on wide screens. */
export function TodayCards({ owner, ownerName, canEdit }: TodayCardsProps) {
  const settings = useQuery(settingsQuery(owner));
  if (settings.isPending) return <PageLoading label="Loading today’s check-ins…" />;
  if (settings.isError) return <ErrorPanel title="Could not load check-ins" error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />;
  return (
    <div className={`grid items-start gap-6 ${canEdit ? 'lg:grid-cols-[3fr_2fr]' : ''}`}>
      {canEdit && <MoodCheckIn owner={owner} ownerName={ownerName} />}
      <WaterCard owner={owner} settings={settings.data} canAdd={canEdit} />
    </div>
  );
}
