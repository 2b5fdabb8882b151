import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { SettingsList, SettingsListItem } from '../SettingsList.tsx';
import { endShare, receivedRoleHints, roleLabels, sharingQuery, type ReceivedGrant } from './sharing-api.ts';

/** "Shared with me": whose check-ins and money I can reach, and a way to leave. */
export function ReceivedList({ grants }: { grants: ReceivedGrant[] }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string>();
  const leave = useConfirmedAction(
    (grant: ReceivedGrant) => endShare(grant.id),
    async (grant) => {
      await queryClient.invalidateQueries({ queryKey: sharingQuery.queryKey });
      setDone(`You left what ${grant.owner.name} shared with you.`);
    },
  );

  return (
    <section aria-labelledby="received-heading" className="space-y-3">
      <h3 id="received-heading" className="font-semibold text-ink">
        Shared with me
      </h3>
      <ActionStatus done={done} errorTitle="Could not leave" />
      <SettingsList label="Shared with me" empty="Nobody shares with you yet.">
        {grants.map((grant) => (
          <SettingsListItem
            key={grant.id}
            title={grant.owner.name}
            badges={<Badge tone={grant.role === 'editor' ? 'accent' : 'neutral'}>{roleLabels[grant.role]}</Badge>}
            details={
              <>
                <p>{grant.owner.email}</p>
                <p>{receivedRoleHints[grant.role]}</p>
              </>
            }
            actions={
              <Button variant="secondary" onClick={() => leave.ask(grant)}>
                Leave<span className="sr-only"> what {grant.owner.name} shares</span>
              </Button>
            }
          />
        ))}
      </SettingsList>
      <ConfirmDialog {...leave.dialog} title={`Leave what ${leave.target?.owner.name ?? ''} shares?`} confirmLabel="Leave" pendingLabel="Leaving…">
        <p>You will no longer see their check-ins and money. Only they can share with you again.</p>
      </ConfirmDialog>
    </section>
  );
}
