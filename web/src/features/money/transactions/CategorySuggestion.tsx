import { useQuery } from '@tanstack/react-query';
import { SproutIcon } from '../../../components/icons.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { suggestionQuery } from '../money-api.ts';
import type { Category, Kind, Owner } from '../money-types.ts';

interface CategorySuggestionProps {
  owner: Owner;
  payee: string;
  kind: Kind;
  categories: readonly Category[] | undefined;
  /** Only offered while no category is chosen. */
  chosen: string;
  onApply: (categoryId: string) => void;
}

/**
 * "Suggested: Groceries", from the payee: a chip the person clicks to use it. The suggestion is
 * never applied by itself. Its region is polite and live, so a screen reader hears it appear.
 */
export function CategorySuggestion({ owner, payee, kind, categories, chosen, onApply }: CategorySuggestionProps) {
  const settled = useDebouncedValue(payee.trim(), 400);
  const suggestion = useQuery(suggestionQuery(owner, settled, kind));
  const found = suggestion.data;
  const usable = found && !chosen && categories?.some((category) => category.id === found.categoryId && !category.archived) ? found : undefined;
  return (
    <div aria-live="polite" className="min-h-0">
      {usable && (
        <button
          type="button"
          onClick={() => onApply(usable.categoryId)}
          className="mt-2 inline-flex min-h-9 items-center gap-2 rounded-full border border-accent/40 bg-accent-soft px-3 text-sm font-semibold text-accent-soft-ink transition-colors hover:border-accent"
        >
          <SproutIcon className="size-4" />
          Suggested: {usable.name}
          <span className="sr-only">. Use this category</span>
        </button>
      )}
    </div>
  );
}
