/**
 * Where the money page is, kept in its address: /money/<view>?owner=<id>, where view is budgets,
 * reports, recurring, categories or import (none for transactions). Notifications link here too.
 */
export type MoneyView = 'transactions' | 'budgets' | 'reports' | 'recurring' | 'categories' | 'import';

export const moneyViews: ReadonlyArray<{ value: MoneyView; label: string; /** Only for those who may change the money. */ writeOnly?: boolean }> = [
  { value: 'transactions', label: 'Transactions' },
  { value: 'budgets', label: 'Budgets' },
  { value: 'reports', label: 'Reports' },
  { value: 'recurring', label: 'Recurring' },
  { value: 'categories', label: 'Categories' },
  { value: 'import', label: 'Import', writeOnly: true },
];

export function moneyViewFrom(value: string | undefined, canEdit: boolean): MoneyView {
  const found = moneyViews.find((view) => view.value === value && (canEdit || !view.writeOnly));
  return found?.value ?? 'transactions';
}

/** The address of a view, keeping whose money it is. */
export function moneyPath(view: MoneyView, owner: string | undefined): string {
  const path = view === 'transactions' ? '/money' : `/money/${view}`;
  return owner ? `${path}?owner=${encodeURIComponent(owner)}` : path;
}
