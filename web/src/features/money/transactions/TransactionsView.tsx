import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { DownloadIcon } from '../../../components/account-icons.tsx';
import { buttonClasses } from '../../../components/button-styles.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { MoneyIcon } from '../../../components/icons.tsx';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { usePagedQuery } from '../../../lib/use-paged-query.ts';
import { FormDialog } from '../FormDialog.tsx';
import { addTransaction, categoriesQuery, deleteTransaction, exportUrl, listTransactions, moneyKeys, updateTransaction } from '../money-api.ts';
import { preferredCurrency, rememberCurrency, today } from '../money-format.ts';
import type { Owner, Transaction, TransactionFilters as Filters } from '../money-types.ts';
import { useMoneyRefresh } from '../use-money-mutation.ts';
import { MonthSummary } from './MonthSummary.tsx';
import { draftFrom, emptyDraft } from './transaction-draft.ts';
import { TransactionFilters } from './TransactionFilters.tsx';
import { TransactionForm } from './TransactionForm.tsx';
import { describeTransaction, TransactionList } from './TransactionList.tsx';

interface TransactionsViewProps {
  owner: Owner;
  ownerName?: string | undefined;
  canEdit: boolean;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Quick add, this month at a glance, then every transaction with filters, edit and delete. */
export function TransactionsView({ owner, ownerName, canEdit }: TransactionsViewProps) {
  const [filters, setFilters] = useState<Filters>({});
  const [done, setDone] = useState<string>();
  const [editing, setEditing] = useState<Transaction>();
  const cleanFilters = useMemo(() => Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Filters, [filters]);
  const { query, items } = usePagedQuery(moneyKeys.transactions(owner, cleanFilters), (cursor, signal) => listTransactions(owner, cleanFilters, cursor, signal));
  const categories = useQuery(categoriesQuery(owner));
  const refresh = useMoneyRefresh();
  const deletion = useConfirmedAction(
    (transaction: Transaction) => deleteTransaction(transaction.id),
    async (transaction) => {
      await refresh();
      setDone(`Deleted ${describeTransaction(transaction)}.`);
    },
  );
  const filtered = Object.keys(cleanFilters).length > 0;

  const list = () => {
    if (query.isPending) return <PageLoading label="Loading transactions…" />;
    if (query.isError && !query.data) return <ErrorPanel title="Could not load transactions" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    if (items.length === 0)
      return (
        <p className="rounded-2xl border border-dashed border-line-strong px-5 py-8 text-center text-ink-muted">
          {filtered ? 'No transactions match these filters.' : canEdit ? 'No transactions yet. Add your first one above, or import a bank statement.' : 'No transactions yet.'}
        </p>
      );
    return (
      <>
        <TransactionList transactions={items} categories={categories.data} onEdit={canEdit ? setEditing : undefined} onDelete={canEdit ? deletion.ask : undefined} />
        <LoadMore shown={`${plural(items.length, 'transaction')} shown`} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} error={query.isFetchNextPageError ? query.error : null} />
      </>
    );
  };

  return (
    <div className="space-y-10">
      {canEdit && (
        <SectionCard id="quick-add" title={ownerName ? `Add to ${ownerName}’s money` : 'Quick add'} icon={MoneyIcon} description="An expense or an income in a few seconds.">
          <TransactionForm
            id="quick-add"
            owner={owner}
            quick
            initial={emptyDraft(preferredCurrency(), today())}
            save={(input) => addTransaction(owner, input)}
            onSaved={(transaction) => {
              rememberCurrency(transaction.currency);
              setDone(`Added ${describeTransaction(transaction)}.`);
            }}
          />
        </SectionCard>
      )}
      <MonthSummary owner={owner} />
      <section aria-labelledby="transactions-heading" className="space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="transactions-heading" className="text-xl font-semibold tracking-tight text-ink">
            Transactions
          </h2>
          <div className="flex flex-wrap gap-2">
            {(['csv', 'json'] as const).map((format) => (
              <a key={format} href={exportUrl(owner, format, { from: cleanFilters.from, to: cleanFilters.to })} download className={`${buttonClasses('secondary')} min-h-10 px-4`}>
                <DownloadIcon className="size-4" />
                Export {format.toUpperCase()}
              </a>
            ))}
          </div>
        </div>
        <TransactionFilters filters={filters} categories={categories.data} onChange={setFilters} />
        <ActionStatus done={done} errorTitle="" />
        {list()}
      </section>
      <FormDialog open={editing !== undefined} title="Edit transaction" onClose={() => setEditing(undefined)}>
        {editing && (
          <TransactionForm
            id="edit-transaction"
            owner={owner}
            initial={draftFrom(editing)}
            save={(input) => updateTransaction(editing.id, { ...input, note: input.note ?? null })}
            onSaved={(transaction) => {
              setEditing(undefined);
              setDone(`Saved ${describeTransaction(transaction)}.`);
            }}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </FormDialog>
      <ConfirmDialog title="Delete this transaction?" confirmLabel="Delete" pendingLabel="Deleting…" {...deletion.dialog}>
        {deletion.target && <p>{describeTransaction(deletion.target)} will be deleted. This cannot be undone.</p>}
      </ConfirmDialog>
    </div>
  );
}
