import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ActionStatus } from '../../../components/ActionStatus.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorPanel } from '../../../components/ErrorPanel.tsx';
import { Checkbox } from '../../../components/form/Checkbox.tsx';
import { SproutIcon } from '../../../components/icons.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { useConfirmedAction } from '../../../components/use-confirmed-action.ts';
import { FormDialog } from '../FormDialog.tsx';
import { addCategory, categoriesQuery, deleteCategory, updateCategory } from '../money-api.ts';
import type { Category, Owner } from '../money-types.ts';
import { useMoneyMutation, useMoneyRefresh } from '../use-money-mutation.ts';
import { CategoryForm } from './CategoryForm.tsx';
import { CategoryList } from './CategoryList.tsx';

/** The built-in and custom categories, for spending and income: add, rename, nest one level, archive, delete. */
export function CategoriesView({ owner, canEdit }: { owner: Owner; canEdit: boolean }) {
  const [showArchived, setShowArchived] = useState(false);
  const categories = useQuery(categoriesQuery(owner, true));
  const [done, setDone] = useState<string>();
  const [editing, setEditing] = useState<Category>();
  const refresh = useMoneyRefresh();
  const archive = useMoneyMutation((category: Category) => updateCategory(owner, category.id, { archived: !category.archived }), (category) =>
    setDone(category.archived ? `Archived ${category.name}. It stays on past transactions but is no longer offered.` : `Restored ${category.name}.`),
  );
  const outcome = useRef<'deleted' | 'archived'>('deleted');
  const deletion = useConfirmedAction(
    async (category: Category) => {
      const result = await deleteCategory(owner, category.id);
      outcome.current = result?.archived ? 'archived' : 'deleted';
    },
    async (category) => {
      await refresh();
      setDone(outcome.current === 'archived' ? `${category.name} is in use, so it was archived instead of deleted.` : `Deleted ${category.name}.`);
    },
  );
  const all = categories.data ?? [];
  const visible = showArchived ? all : all.filter((category) => !category.archived);
  const actions = canEdit ? { onEdit: setEditing, onArchive: (category: Category) => !archive.isPending && archive.mutate(category), onDelete: deletion.ask } : {};

  const body = () => {
    if (categories.isPending) return <PageLoading label="Loading categories…" />;
    if (categories.isError) return <ErrorPanel title="Could not load categories" error={categories.error} onRetry={() => void categories.refetch()} retrying={categories.isFetching} />;
    return (
      <div className="grid items-start gap-8 lg:grid-cols-2">
        <CategoryList id="expense-categories" title="Spending" categories={visible.filter((category) => category.kind === 'expense')} {...actions} />
        <CategoryList id="income-categories" title="Income" categories={visible.filter((category) => category.kind === 'income')} {...actions} />
      </div>
    );
  };

  return (
    <div className="space-y-10">
      <section aria-labelledby="categories-heading" className="space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="categories-heading" className="text-xl font-semibold tracking-tight text-ink">
            Categories
          </h2>
          <Checkbox id="show-archived" label="Show archived" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
        </div>
        <ActionStatus done={done} error={archive.error} errorTitle="Could not change the category" />
        {body()}
      </section>
      {canEdit && (
        <SectionCard id="new-category" title="Add a category" icon={SproutIcon} description="Your own categories, next to the built-in ones. One level of nesting: “Food › Groceries”.">
          <CategoryForm id="new-category-form" categories={all} save={(input) => addCategory(owner, input)} onSaved={(input) => setDone(`Added ${input.name}.`)} />
        </SectionCard>
      )}
      <FormDialog open={editing !== undefined} title={editing ? `Edit ${editing.name}` : 'Edit category'} onClose={() => setEditing(undefined)}>
        {editing && (
          <CategoryForm
            id="edit-category"
            categories={all}
            category={editing}
            save={(input) => updateCategory(owner, editing.id, { name: input.name, parentId: input.parentId })}
            onSaved={(input) => {
              setEditing(undefined);
              setDone(`Saved ${input.name}.`);
            }}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </FormDialog>
      <ConfirmDialog title="Delete this category?" confirmLabel="Delete" pendingLabel="Deleting…" {...deletion.dialog}>
        {deletion.target && <p>{deletion.target.name} will be deleted. If any transaction, budget or repeating item uses it, it is archived instead, so nothing loses its category.</p>}
      </ConfirmDialog>
    </div>
  );
}
