import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { MonitorIcon } from '../../../components/icons.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { formatDateTime, formatRelative } from '../../../lib/dates.ts';
import { SettingsList, SettingsListItem } from '../SettingsList.tsx';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { endOtherSessions, endSession, sessionsQuery, type SessionView } from './sessions-api.ts';
import { describeUserAgent } from './user-agent.ts';

function SessionDetails({ session }: { session: SessionView }) {
  return (
    <>
      <p>IP address {session.ipAddress ?? 'unknown'}</p>
      <p>
        {session.current ? (
          'Active now'
        ) : (
          <>
            Last active{' '}
            <time dateTime={session.updatedAt} title={formatDateTime(session.updatedAt)}>
              {formatRelative(session.updatedAt)}
            </time>
          </>
        )}
        {' · '}Signed in <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
      </p>
    </>
  );
}

/** Where this account is signed in, with a way to end any other session. */
export function SessionsSection() {
  const queryClient = useQueryClient();
  const sessions = useQuery(sessionsQuery);
  const [done, setDone] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });
  const endOne = useMutation({
    mutationFn: (session: SessionView) => endSession(session.id),
    onMutate: () => setDone(undefined),
    onSuccess: async (_result, session) => {
      await refresh();
      setDone(`${describeUserAgent(session.userAgent)} is signed out.`);
    },
  });
  const endOthers = useConfirmedAction(endOtherSessions, async () => {
    await refresh();
    setDone('You are signed out everywhere else. This device stays signed in.');
  });

  const content = () => {
    if (sessions.isPending) return <PageLoading label="Loading your sessions…" />;
    if (sessions.isError) {
      return <ErrorPanel title="Could not load your sessions" error={sessions.error} onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />;
    }
    const items = sessions.data.items;
    const others = items.filter((session) => !session.current).length;
    return (
      <div className="space-y-5">
        <ActionStatus done={done} error={endOne.error} errorTitle="Could not sign that session out" />
        <SettingsList label="Signed-in devices" empty="No sessions found.">
          {items.map((session) => {
            const device = describeUserAgent(session.userAgent);
            return (
              <SettingsListItem
                key={session.id}
                title={device}
                badges={session.current && <Badge tone="accent">This device</Badge>}
                details={<SessionDetails session={session} />}
                actions={
                  !session.current && (
                    <Button variant="secondary" onClick={() => !endOne.isPending && endOne.mutate(session)} aria-disabled={endOne.isPending || undefined}>
                      Sign out<span className="sr-only"> {device}, IP address {session.ipAddress ?? 'unknown'}</span>
                    </Button>
                  )
                }
              />
            );
          })}
        </SettingsList>
        {others > 0 && (
          <Button variant="secondary" onClick={() => endOthers.ask(true)}>
            Sign out everywhere else
          </Button>
        )}
      </div>
    );
  };

  return (
    <SectionCard id="sessions" title="Where you’re signed in" icon={MonitorIcon} description="Devices and browsers signed in to your account. Sign out any you don’t recognise.">
      {content()}
      <ConfirmDialog {...endOthers.dialog} title="Sign out everywhere else?" confirmLabel="Sign out everywhere else" pendingLabel="Signing out…">
        <p>Every other device and browser signed in to your account is signed out at once. This device stays signed in.</p>
      </ConfirmDialog>
    </SectionCard>
  );
}
