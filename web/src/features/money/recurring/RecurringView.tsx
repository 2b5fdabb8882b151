import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { HistoryIcon } from '../../../components/icons.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { categoryLabel } from '../category-options.ts';
import { categoriesQuery, deleteRecurring, recurringQuery, updateRecurring } from '../money-api.ts';
import { formatDay, signedMoney } from '../money-format.ts';
import type { Owner, Recurring } from '../money-types.ts';
import { useMoneyMutation, useMoneyRefresh } from '../use-money-mutation.ts';
import { RecurringForm } from './RecurringForm.tsx';

/** "Every month", "Every 2 weeks". */
export function cadenceLabel(item: Pick<Recurring, 'cadence' | 'interval'>): string {
  if (item.cadence === 'monthly' && item.interval === 12) return 'Every year';
  const unit = item.cadence === 'weekly' ? 'week' : 'month';
  return item.interval === 1 ? `Every ${unit}` : `Every ${item.interval} ${unit}s`;
}

const describe = (item: Recurring) => `${item.payee}, ${signedMoney(item.kind, item.amountMinor, item.currency)} ${cadenceLabel(item).toLowerCase()}`;

/** Repeating expenses and income: what, how often, when next; pause, resume or stop them. */
export function RecurringView({ owner, canEdit }: { owner: Owner; canEdit: boolean }) {
  const items = useQuery(recurringQuery(owner));
  const categories = useQuery(categoriesQuery(owner, true));
  const [done, setDone] = useState<string>();
  const refresh = useMoneyRefresh();
  const toggle = useMoneyMutation((item: Recurring) => updateRecurring(owner, item.id, { active: !item.active }), (item) => setDone(`${item.active ? 'Resumed' : 'Paused'} ${describe(item)}.`));
  const deletion = useConfirmedAction(
    (item: Recurring) => deleteRecurring(owner, item.id),
    async (item) => {
      await refresh();
      setDone(`Stopped ${describe(item)}. Its past transactions stay.`);
    },
  );

  const status = (item: Recurring) =>
    item.nextDate === null ? <Badge tone="neutral">Ended</Badge> : item.active ? <Badge tone="ok">Active</Badge> : <Badge tone="warn">Paused</Badge>;

  const list = () => {
    if (items.isPending) return <PageLoading label="Loading repeating items…" />;
    if (items.isError) return <ErrorPanel title="Could not load repeating items" error={items.error} onRetry={() => void items.refetch()} retrying={items.isFetching} />;
    if (items.data.length === 0)
      return <p className="rounded-2xl border border-dashed border-line-strong px-5 py-8 text-center text-ink-muted">{canEdit ? 'Nothing repeats yet. Add rent, pay or a subscription below and Daybook records it on each due date.' : 'Nothing repeats yet.'}</p>;
    return (
      <ResponsiveTable
        caption="Repeating items"
        captionHidden
        rows={items.data}
        rowKey={(item) => item.id}
        columns={[
          {
            key: 'payee',
            header: 'Payee',
            cell: (item: Recurring) => (
              <div>
                <p className="font-semibold text-ink">{item.payee}</p>
                <p className="text-sm text-ink-muted">{categoryLabel(categories.data, item.categoryId)}</p>
              </div>
            ),
          },
          { key: 'amount', header: 'Amount', className: 'whitespace-nowrap tabular-nums', cell: (item: Recurring) => <span className={`font-semibold ${item.kind === 'income' ? 'text-ok' : ''}`}>{signedMoney(item.kind, item.amountMinor, item.currency)}</span> },
          { key: 'cadence', header: 'Repeats', cell: (item: Recurring) => cadenceLabel(item) },
          { key: 'next', header: 'Next', cell: (item: Recurring) => (item.nextDate && item.active ? formatDay(item.nextDate) : '—') },
          { key: 'status', header: 'Status', cell: status },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  header: 'Actions',
                  phoneLabel: false,
                  className: 'sm:text-right',
                  cell: (item: Recurring) =>
                    item.nextDate === null ? null : (
                      <div className="flex gap-2 max-sm:pt-2 sm:justify-end">
                        <Button variant="secondary" className="min-h-9 px-4" aria-disabled={toggle.isPending || undefined} onClick={() => !toggle.isPending && toggle.mutate(item)}>
                          {item.active ? 'Pause' : 'Resume'}
                          <span className="sr-only"> {describe(item)}</span>
                        </Button>
                        <Button variant="secondary" className="min-h-9 px-4" onClick={() => deletion.ask(item)}>
                          Stop<span className="sr-only"> {describe(item)}</span>
                        </Button>
                      </div>
                    ),
                },
              ]
            : []),
        ]}
      />
    );
  };

  return (
    <div className="space-y-10">
      <section aria-labelledby="recurring-heading" className="space-y-5">
        <h2 id="recurring-heading" className="text-xl font-semibold tracking-tight text-ink">
          Repeating items
        </h2>
        <ActionStatus done={done} error={toggle.error} errorTitle="Could not change it" />
        {list()}
      </section>
      {canEdit && (
        <SectionCard id="new-recurring" title="Add a repeating item" icon={HistoryIcon} description="Rent, pay, subscriptions: recorded as a transaction on every due date.">
          <RecurringForm owner={owner} onSaved={(item) => setDone(`Added ${describe(item)}.`)} />
        </SectionCard>
      )}
      <ConfirmDialog title="Stop this repeating item?" confirmLabel="Stop it" pendingLabel="Stopping…" {...deletion.dialog}>
        {deletion.target && <p>{describe(deletion.target)} will not be recorded again. The transactions it already added stay.</p>}
      </ConfirmDialog>
    </div>
  );
}
