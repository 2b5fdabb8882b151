import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { inputClasses } from '../../../components/form/field-styles.ts';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { formatDate } from '../../../lib/dates.ts';
import { SettingsList, SettingsListItem } from '../SettingsList.tsx';
import { changeShareRole, endShare, roleOptions, sharingQuery, type Grant, type ShareRole } from './sharing-api.ts';

/** "People I share with": change each one's role, or stop sharing with them. */
export function GrantedList({ grants }: { grants: Grant[] }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: sharingQuery.queryKey });
  const change = useMutation({
    mutationFn: ({ grant, role }: { grant: Grant; role: ShareRole }) => changeShareRole(grant.id, role),
    onMutate: () => setDone(undefined),
    onSuccess: async (grant) => {
      await refresh();
      setDone(grant.role === 'editor' ? `${grant.grantee.name} can now add and edit.` : `${grant.grantee.name} can now only see.`);
    },
  });
  const revoke = useConfirmedAction(
    (grant: Grant) => endShare(grant.id),
    async (grant) => {
      await refresh();
      setDone(`You no longer share with ${grant.grantee.name}.`);
    },
  );
  // While a change is on its way, show the role it asks for.
  const roleOf = (grant: Grant) => (change.isPending && change.variables.grant.id === grant.id ? change.variables.role : grant.role);

  return (
    <section aria-labelledby="granted-heading" className="space-y-3">
      <h3 id="granted-heading" className="font-semibold text-ink">
        People I share with
      </h3>
      <ActionStatus done={done} error={change.error} errorTitle="Could not change their role" />
      <SettingsList label="People I share with" empty="You don’t share with anyone yet.">
        {grants.map((grant) => (
          <SettingsListItem
            key={grant.id}
            title={grant.grantee.name}
            details={
              <p>
                {grant.grantee.email} · Since {formatDate(grant.createdAt)}
              </p>
            }
            actions={
              <>
                <label htmlFor={`grant-role-${grant.id}`} className="sr-only">
                  What {grant.grantee.name} can do
                </label>
                <div className="w-full sm:w-72">
                  <select
                    id={`grant-role-${grant.id}`}
                    value={roleOf(grant)}
                    onChange={(event) => {
                      const role = roleOptions.find((option) => option.value === event.target.value)?.value;
                      if (role && !change.isPending) change.mutate({ grant, role });
                    }}
                    className={`${inputClasses} cursor-pointer sm:text-sm`}
                  >
                    {roleOptions.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}: {option.summary}
                      </option>
                    ))}
                  </select>
                </div>
                <Button variant="secondary" onClick={() => revoke.ask(grant)}>
                  Stop sharing<span className="sr-only"> with {grant.grantee.name}</span>
                </Button>
              </>
            }
          />
        ))}
      </SettingsList>
      <ConfirmDialog {...revoke.dialog} title={`Stop sharing with ${revoke.target?.grantee.name ?? ''}?`} confirmLabel="Stop sharing" pendingLabel="Stopping…">
        <p>They can no longer see your check-ins and money. You can share with them again later.</p>
      </ConfirmDialog>
    </section>
  );
}
