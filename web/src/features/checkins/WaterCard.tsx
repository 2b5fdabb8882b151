import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionStatus } from '../../components/ActionStatus.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { DropIcon } from '../../components/icons.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { SectionCard } from '../../components/SectionCard.tsx';
import { formatWater, unitLabel, waterNumber } from './checkin-format.ts';
import { addWater, summaryQuery, type CheckinSettings, type Owner } from './checkins-api.ts';
import { dayIn } from './local-days.ts';
import { ProgressRing } from './ProgressRing.tsx';
import { useCheckinMutation } from './use-checkin-mutation.ts';

interface WaterCardProps {
  owner: Owner;
  settings: CheckinSettings;
  /** Quick-add buttons: for my own water, or an editor's for the owner's. */
  canAdd: boolean;
}

/** Today's water (in the owner's time zone) against the goal, with one-tap amounts to add. */
export function WaterCard({ owner, settings, canAdd }: WaterCardProps) {
  const today = dayIn(settings.timeZone);
  const summary = useQuery(summaryQuery(owner, today, today));
  const [added, setAdded] = useState<string>();
  const add = useCheckinMutation(
    (amountMl: number) => addWater(owner, amountMl),
    (_water, amountMl) => setAdded(`Added ${formatWater(amountMl, settings.waterUnit)}.`),
  );
  const unit = settings.waterUnit;
  const total = summary.data?.days[0]?.waterMl ?? 0;
  const goal = summary.data?.waterGoalMl ?? settings.waterGoalMl;
  const label = `${waterNumber(total, unit)} of ${waterNumber(goal, unit)} ${unitLabel[unit]} today`;
  const left = Math.max(0, goal - total);

  return (
    <SectionCard id="water" title="Water today" icon={DropIcon} description={left > 0 ? `${formatWater(left, unit)} to go.` : 'Goal reached. Well done.'}>
      {summary.isPending && <PageLoading label="Loading today’s water…" />}
      {summary.isError && <ErrorPanel title="Could not load today’s water" error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isFetching} />}
      {summary.data && (
        <div className="flex flex-col items-center gap-6">
          <ProgressRing value={total} goal={goal} label={label} center={waterNumber(total, unit)} caption={`of ${formatWater(goal, unit)}`} />
          {canAdd && (
            <div className="w-full space-y-3">
              <p className="text-sm font-semibold text-ink" id="water-add-heading">
                Add a glass
              </p>
              <ul aria-labelledby="water-add-heading" className="grid grid-cols-2 gap-2">
                {settings.waterPresetsMl.map((amount) => (
                  <li key={amount}>
                    <Button
                      variant="secondary"
                      className="w-full"
                      aria-label={`Add ${formatWater(amount, unit)}`}
                      aria-disabled={add.isPending || undefined}
                      onClick={() => {
                        if (add.isPending) return;
                        setAdded(undefined);
                        add.mutate(amount);
                      }}
                    >
                      + {formatWater(amount, unit)}
                    </Button>
                  </li>
                ))}
              </ul>
              <ActionStatus done={added} error={add.error} errorTitle="Could not add water" />
            </div>
          )}
        </div>
      )}
    </SectionCard>
  );
}
