import { Badge } from '../../../components/Badge.tsx';
import { SettingsIcon, TrashIcon } from '../../../components/account-icons.tsx';
import { ActionsMenu, type MenuAction } from '../../../components/ActionsMenu.tsx';
import { MinusIcon, RefreshIcon } from '../../../components/icons.tsx';
import { sortedCategories } from '../category-options.ts';
import type { Category } from '../money-types.ts';

interface CategoryListProps {
  id: string;
  title: string;
  categories: readonly Category[];
  onEdit?: ((category: Category) => void) | undefined;
  onArchive?: ((category: Category) => void) | undefined;
  onDelete?: ((category: Category) => void) | undefined;
}

/** One kind's categories, sub-categories indented under their parent, with their actions. */
export function CategoryList({ id, title, categories, onEdit, onArchive, onDelete }: CategoryListProps) {
  const rows = sortedCategories(categories);
  const actionsFor = (category: Category): MenuAction[] => [
    ...(onEdit && !category.archived ? [{ label: 'Rename or move', icon: SettingsIcon, onSelect: () => onEdit(category) }] : []),
    ...(onArchive ? [{ label: category.archived ? 'Restore' : 'Archive', icon: category.archived ? RefreshIcon : MinusIcon, onSelect: () => onArchive(category) }] : []),
    ...(onDelete ? [{ label: 'Delete', icon: TrashIcon, onSelect: () => onDelete(category), destructive: true }] : []),
  ];
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h3 id={`${id}-heading`} className="font-semibold text-ink">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line-strong px-4 py-5 text-sm text-ink-muted">None yet.</p>
      ) : (
        <ul aria-labelledby={`${id}-heading`} className="divide-y divide-line rounded-2xl border border-line bg-surface">
          {rows.map((category) => {
            const child = Boolean(category.parentId && categories.some((other) => other.id === category.parentId));
            return (
              <li key={category.id} className={`flex flex-wrap items-center justify-between gap-2 py-3 pr-3 ${child ? 'pl-9' : 'pl-4'}`}>
                <div className="flex min-w-0 items-center gap-2">
                  {child && (
                    <span aria-hidden="true" className="text-ink-muted">
                      ↳
                    </span>
                  )}
                  <span className={`min-w-0 break-words ${child ? 'text-ink' : 'font-semibold text-ink'}`}>{category.name}</span>
                  {child && <span className="sr-only">(inside {categories.find((other) => other.id === category.parentId)?.name})</span>}
                  {category.archived && <Badge tone="neutral">Archived</Badge>}
                </div>
                {(onEdit || onArchive || onDelete) && <ActionsMenu subject={category.name} actions={actionsFor(category)} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
