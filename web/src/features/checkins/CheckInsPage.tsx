import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { SectionTabs } from '../../components/SectionTabs.tsx';
import { sharingQuery } from '../settings/sharing/sharing-api.ts';
import { CheckinSettingsSection } from './CheckinSettingsSection.tsx';
import { viewFrom, views, withParams } from './checkins-view.ts';
import { HistoryView } from './HistoryView.tsx';
import { OverviewView } from './OverviewView.tsx';
import { OwnerSwitcher } from '../../components/OwnerSwitcher.tsx';

/** /check-ins: today, trends, history and settings, for my own check-ins or someone's who shares theirs. */
export function CheckInsPage() {
  const [params, setParams] = useSearchParams();
  const sharing = useQuery(sharingQuery);
  const wanted = params.get('owner') ?? undefined;
  const grant = wanted ? sharing.data?.received.find((received) => received.owner.id === wanted) : undefined;
  const owner = grant?.owner.id;
  const canEdit = !grant || grant.role === 'editor';
  const view = viewFrom(params, !grant);
  const label = views.find((item) => item.value === view)?.label ?? '';

  const content = () => {
    if (wanted && sharing.isPending) return <PageLoading label="Loading what is shared with you…" />;
    if (wanted && sharing.isError) return <ErrorPanel title="Could not load what is shared with you" error={sharing.error} onRetry={() => void sharing.refetch()} retrying={sharing.isFetching} />;
    if (view === 'history') return <HistoryView key={owner ?? 'me'} owner={owner} canEdit={canEdit} />;
    if (view === 'settings') return <CheckinSettingsSection />;
    return <OverviewView key={owner ?? 'me'} owner={owner} ownerName={grant?.owner.name} canEdit={canEdit} />;
  };

  return (
    <>
      <PageHeader title="Check-ins" documentTitle={`${label} · Check-ins`}>
        <p>Mood and water, a few seconds a day, and how the weeks really went.</p>
      </PageHeader>
      {sharing.data && sharing.data.received.length > 0 && (
        <div className="mt-8">
          <OwnerSwitcher subject={{ id: 'checkins-owner', noun: 'check-ins', pronoun: 'them' }} received={sharing.data.received} current={grant} onChange={(id) => setParams(new URLSearchParams(withParams(params, { owner: id, view: undefined }).slice(1)))} />
        </div>
      )}
      <SectionTabs
        label="Check-in sections"
        current={view}
        tabs={views.filter((item) => !grant || !item.ownOnly).map((item) => ({ key: item.value, label: item.label, to: withParams(params, { view: item.value === 'overview' ? undefined : item.value }) }))}
      />
      <div className="mt-8">{content()}</div>
    </>
  );
}
