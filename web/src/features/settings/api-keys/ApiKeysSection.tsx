import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { KeyIcon } from '../../../components/account-icons.tsx';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { formatDate, formatRelative, isPast } from '../../../lib/dates.ts';
import { SettingsList, SettingsListItem } from '../SettingsList.tsx';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { apiKeysQuery, revokeApiKey, scopeLabels, type ApiKey, type CreatedApiKey } from './api-keys-api.ts';
import { ApiKeyForm } from './ApiKeyForm.tsx';
import { NewApiKey } from './NewApiKey.tsx';

function KeyDetails({ apiKey }: { apiKey: ApiKey }) {
  const expired = apiKey.expiresAt !== null && isPast(apiKey.expiresAt);
  return (
    <>
      <p>
        <code className="font-mono text-ink">{apiKey.start}…</code> · Created {formatDate(apiKey.createdAt)}
      </p>
      <p>
        {apiKey.expiresAt === null ? 'Never expires' : `${expired ? 'Expired' : 'Expires'} ${formatDate(apiKey.expiresAt)}`} ·{' '}
        {apiKey.lastUsedAt ? `Last used ${formatRelative(apiKey.lastUsedAt)}` : 'Never used'}
      </p>
    </>
  );
}

/** Personal API keys for scripts and apps: list, create (shown once) and revoke. */
export function ApiKeysSection() {
  const queryClient = useQueryClient();
  const keys = useQuery(apiKeysQuery);
  const [created, setCreated] = useState<CreatedApiKey>();
  const [done, setDone] = useState<string>();
  const revoke = useConfirmedAction(
    (key: ApiKey) => revokeApiKey(key.id),
    async (key) => {
      if (created?.id === key.id) setCreated(undefined);
      await queryClient.invalidateQueries({ queryKey: apiKeysQuery.queryKey });
      setDone(`The key “${key.name}” is revoked. Anything using it can no longer get in.`);
    },
  );

  const list = () => {
    if (keys.isPending) return <PageLoading label="Loading your API keys…" />;
    if (keys.isError) return <ErrorPanel title="Could not load your API keys" error={keys.error} onRetry={() => void keys.refetch()} retrying={keys.isFetching} />;
    return (
      <SettingsList label="API keys" empty="You have no API keys.">
        {keys.data.items.map((key) => (
          <SettingsListItem
            key={key.id}
            title={key.name}
            badges={key.scopes.map((scope) => (
              <Badge key={scope} tone={scope === 'write' ? 'warn' : 'neutral'}>
                {scopeLabels[scope]}
              </Badge>
            ))}
            details={<KeyDetails apiKey={key} />}
            actions={
              <Button variant="secondary" onClick={() => revoke.ask(key)}>
                Revoke<span className="sr-only"> the key {key.name}</span>
              </Button>
            }
          />
        ))}
      </SettingsList>
    );
  };

  return (
    <SectionCard
      id="api-keys"
      title="API keys"
      icon={KeyIcon}
      description="Let your own scripts and apps use Daybook as you, without your password. Give each one its own key, and revoke any you no longer use."
    >
      <div className="space-y-6">
        {created && <NewApiKey created={created} onDone={() => setCreated(undefined)} />}
        <ActionStatus done={done} errorTitle="Could not revoke the key" />
        {list()}
        <div className="border-t border-line pt-6">
          <ApiKeyForm
            onCreated={(key) => {
              setDone(undefined);
              setCreated(key);
            }}
          />
        </div>
      </div>
      <ConfirmDialog {...revoke.dialog} title={`Revoke the key “${revoke.target?.name ?? ''}”?`} confirmLabel="Revoke key" pendingLabel="Revoking…">
        <p>Anything that uses this key stops working at once. This cannot be undone.</p>
      </ConfirmDialog>
    </SectionCard>
  );
}
