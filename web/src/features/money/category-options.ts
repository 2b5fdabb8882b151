import type { SelectOption } from '../../components/form/SelectField.tsx';
import type { Category, Kind } from './money-types.ts';

/** "Food › Groceries" for a sub-category, "Food" for a top one; "Uncategorised" for none. */
export function categoryLabel(categories: readonly Category[] | undefined, id: string | null): string {
  if (!id) return 'Uncategorised';
  const found = categories?.find((category) => category.id === id);
  if (!found) return 'Uncategorised';
  const parent = found.parentId ? categories?.find((category) => category.id === found.parentId) : undefined;
  return parent ? `${parent.name} › ${found.name}` : found.name;
}

/** Top categories in name order, each followed by its sub-categories. */
export function sortedCategories(categories: readonly Category[]): Category[] {
  const byName = (a: Category, b: Category) => a.name.localeCompare(b.name);
  const tops = categories.filter((category) => !category.parentId || !categories.some((other) => other.id === category.parentId)).sort(byName);
  return tops.flatMap((top) => [top, ...categories.filter((category) => category.parentId === top.id).sort(byName)]);
}

/**
 * Options for a category drop-down: the kind's live categories (plus `keep`, the one already
 * chosen, even when archived), children under their parent.
 */
export function categoryOptions(categories: readonly Category[] | undefined, kind: Kind | undefined, none: string, keep?: string | null): Array<SelectOption<string>> {
  const usable = (categories ?? []).filter((category) => (kind === undefined || category.kind === kind) && (!category.archived || category.id === keep));
  return [
    { value: '', label: none },
    ...sortedCategories(usable).map((category) => ({ value: category.id, label: `${categoryLabel(categories, category.id)}${category.archived ? ' (archived)' : ''}` })),
  ];
}
