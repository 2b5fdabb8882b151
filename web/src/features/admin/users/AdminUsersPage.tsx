import { useState } from 'react';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { usePagedQuery } from '../../../lib/use-paged-query.ts';
import { useSession } from '../../auth/use-session.ts';
import { adminKeys, listUsers } from '../admin-api.ts';
import { InviteSection } from './InviteSection.tsx';
import { useUserActions } from './use-user-actions.ts';
import { UserDialogs } from './UserDialogs.tsx';
import { UsersTable } from './UsersTable.tsx';

const accounts = (count: number) => `${count} ${count === 1 ? 'account' : 'accounts'}`;

/** /admin: invite people, and find and manage accounts. */
export function AdminUsersPage() {
  const { data: me } = useSession();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const { query, items } = usePagedQuery(adminKeys.users(q), (cursor, signal) => listUsers(q, cursor, signal));
  const actions = useUserActions(me?.id);
  const shown = q ? `${accounts(items.length)} matching “${q}”` : `${accounts(items.length)} shown`;

  const list = () => {
    if (query.isPending) return <PageLoading label="Loading accounts…" />;
    if (query.isError && !query.data) {
      return <ErrorPanel title="Could not load the accounts" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    }
    return (
      <>
        {items.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-line-strong px-4 py-5 text-sm text-ink-muted">No accounts match “{q}”.</p>
        ) : (
          <UsersTable users={items} meId={me?.id} actionsFor={actions.actionsFor} caption={q ? `Accounts matching “${q}”` : 'Accounts on this Daybook'} />
        )}
        <LoadMore shown={shown} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} error={query.isFetchNextPageError ? query.error : null} />
      </>
    );
  };

  return (
    <div className="space-y-10">
      <InviteSection />
      <section aria-labelledby="accounts-heading" className="space-y-5">
        <h2 id="accounts-heading" className="text-xl font-semibold tracking-tight text-ink">
          Accounts
        </h2>
        <form role="search" aria-label="Accounts" onSubmit={(event) => event.preventDefault()} className="max-w-md">
          <TextField
            id="account-search"
            type="search"
            label="Search"
            hint="By name or email address."
            autoComplete="off"
            spellCheck={false}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-busy={query.isPlaceholderData || undefined}
          />
        </form>
        <ActionStatus done={actions.done} error={actions.error} errorTitle="That did not work" />
        {list()}
      </section>
      <UserDialogs actions={actions} />
    </div>
  );
}
