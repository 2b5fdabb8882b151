import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { ChartIcon } from '../../../components/icons.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { categoryLabel } from '../category-options.ts';
import { FormDialog } from '../FormDialog.tsx';
import { addBudget, budgetsQuery, categoriesQuery, deleteBudget, updateBudget } from '../money-api.ts';
import { addMonths, formatMonth, thisMonth } from '../money-format.ts';
import type { BudgetProgress, Owner } from '../money-types.ts';
import { useMoneyRefresh } from '../use-money-mutation.ts';
import { BudgetCard } from './BudgetCard.tsx';
import { BudgetForm } from './BudgetForm.tsx';

/** Budgets for a month (this one by default): progress, alerts passed, and adding, editing or removing one. */
export function BudgetsView({ owner, canEdit }: { owner: Owner; canEdit: boolean }) {
  const current = thisMonth();
  const [params] = useSearchParams();
  const linked = params.get('month');
  // A budget alert links to its month; a month in the future is shown as this one.
  const [month, setMonth] = useState(linked && /^\d{4}-(0[1-9]|1[0-2])$/.test(linked) && linked <= current ? linked : current);
  const [done, setDone] = useState<string>();
  const [editing, setEditing] = useState<BudgetProgress>();
  const budgets = useQuery(budgetsQuery(owner, month));
  const categories = useQuery(categoriesQuery(owner, true));
  const refresh = useMoneyRefresh();
  const name = (budget: BudgetProgress) => (budget.categoryId ? categoryLabel(categories.data, budget.categoryId) : 'All spending');
  const deletion = useConfirmedAction(
    (budget: BudgetProgress) => deleteBudget(owner, budget.id),
    async (budget) => {
      await refresh();
      setDone(`Deleted the ${name(budget)} budget.`);
    },
  );
  const items = budgets.data?.items ?? [];
  const over = items.filter((budget) => budget.percent >= 100);
  const close = items.filter((budget) => budget.percent < 100 && budget.percent >= (budget.thresholds[0] ?? 80));

  const list = () => {
    if (budgets.isPending) return <PageLoading label="Loading budgets…" />;
    if (budgets.isError) return <ErrorPanel title="Could not load budgets" error={budgets.error} onRetry={() => void budgets.refetch()} retrying={budgets.isFetching} />;
    if (items.length === 0)
      return <p className="rounded-2xl border border-dashed border-line-strong px-5 py-8 text-center text-ink-muted">{canEdit ? 'No budgets yet. Add one below: Daybook will warn you before you go over.' : 'No budgets yet.'}</p>;
    return (
      <>
        {month === current && (over.length > 0 || close.length > 0) && (
          <Notice tone="warn" live={false} title={over.length > 0 ? `Over budget: ${over.map(name).join(', ')}` : `Close to the limit: ${close.map(name).join(', ')}`}>
            You get a notification in the bell at the top whenever a budget passes one of its alert points. <Link to="/notifications" className="font-semibold underline underline-offset-2">See notifications</Link>
          </Notice>
        )}
        <ul aria-label={`Budgets for ${formatMonth(month)}`} className="grid gap-4 md:grid-cols-2">
          {items.map((budget) => (
            <BudgetCard key={budget.id} budget={budget} name={name(budget)} onEdit={canEdit ? () => setEditing(budget) : undefined} onDelete={canEdit ? () => deletion.ask(budget) : undefined} />
          ))}
        </ul>
      </>
    );
  };

  return (
    <div className="space-y-10">
      <section aria-labelledby="budgets-heading" className="space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="budgets-heading" className="text-xl font-semibold tracking-tight text-ink">
            Budgets for {formatMonth(month)}
          </h2>
          <div role="group" aria-label="Month" className="flex gap-2">
            <Button variant="secondary" className="min-h-10 px-4" onClick={() => setMonth(addMonths(month, -1))}>
              ‹ <span className="sr-only">Previous month, </span>
              {formatMonth(addMonths(month, -1))}
            </Button>
            {month !== current && (
              <Button variant="secondary" className="min-h-10 px-4" onClick={() => setMonth(addMonths(month, 1))}>
                {formatMonth(addMonths(month, 1))} <span className="sr-only">, next month</span>›
              </Button>
            )}
          </div>
        </div>
        <ActionStatus done={done} errorTitle="" />
        {list()}
      </section>
      {canEdit && (
        <SectionCard id="new-budget" title="Add a budget" icon={ChartIcon} description="A monthly limit for a category, or for all spending, in one currency.">
          <BudgetForm id="new-budget-form" owner={owner} save={(input) => addBudget(owner, input)} onSaved={() => setDone('Budget added.')} />
        </SectionCard>
      )}
      <FormDialog open={editing !== undefined} title={editing ? `Edit the ${name(editing)} budget` : 'Edit budget'} onClose={() => setEditing(undefined)}>
        {editing && (
          <BudgetForm
            id="edit-budget"
            owner={owner}
            budget={editing}
            save={(input) => updateBudget(owner, editing.id, { amount: input.amount, ...(input.thresholds ? { thresholds: input.thresholds } : {}) })}
            onSaved={() => {
              setEditing(undefined);
              setDone('Budget saved.');
            }}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </FormDialog>
      <ConfirmDialog title="Delete this budget?" confirmLabel="Delete" pendingLabel="Deleting…" {...deletion.dialog}>
        {deletion.target && <p>The {name(deletion.target)} budget in {deletion.target.currency} will be deleted. Your transactions stay as they are.</p>}
      </ConfirmDialog>
    </div>
  );
}
