import { useQuery } from '@tanstack/react-query';
import { PeopleIcon } from '../../../components/account-icons.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { GrantedList } from './GrantedList.tsx';
import { ReceivedList } from './ReceivedList.tsx';
import { ShareForm } from './ShareForm.tsx';
import { sharingQuery } from './sharing-api.ts';

/** Sharing check-ins and money with other accounts, both ways. */
export function SharingSection() {
  const sharing = useQuery(sharingQuery);
  return (
    <SectionCard
      id="sharing"
      title="Sharing"
      icon={PeopleIcon}
      description="Let someone you trust, such as a partner or a carer, see your check-ins and money."
    >
      <div className="space-y-8">
        <p className="max-w-2xl rounded-2xl bg-surface-muted px-4 py-3 text-sm leading-relaxed text-ink">
          <strong className="font-semibold">Sharing covers your check-ins and money only.</strong> Your journal, your conversations with the
          companion and your profile are never shared with anyone.
        </p>
        {sharing.isPending && <PageLoading label="Loading who you share with…" />}
        {sharing.isError && (
          <ErrorPanel title="Could not load your sharing" error={sharing.error} onRetry={() => void sharing.refetch()} retrying={sharing.isFetching} />
        )}
        {sharing.data && (
          <>
            <GrantedList grants={sharing.data.granted} />
            <ReceivedList grants={sharing.data.received} />
          </>
        )}
        <div className="border-t border-line pt-6">
          <ShareForm />
        </div>
      </div>
    </SectionCard>
  );
}
