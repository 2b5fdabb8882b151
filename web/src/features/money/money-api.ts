import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { withQuery } from '../../lib/query-string.ts';
import type { Page } from '../../lib/use-paged-query.ts';
import type {
  BudgetInput,
  BudgetProgress,
  Category,
  CategoryPatch,
  Kind,
  Owner,
  Recurring,
  RecurringInput,
  Report,
  Suggestion,
  Transaction,
  TransactionFilters,
  TransactionInput,
  TransactionPatch,
} from './money-types.ts';

const base = '/api/v1/money';
const one = (path: string, id: string) => `${base}/${path}/${encodeURIComponent(id)}`;
/** The owner in a body (creating for someone who made me their editor). */
const ownerBody = (owner: Owner) => (owner ? { ownerId: owner } : {});

/** Every money query starts with this key, so one change refreshes them all. */
export const moneyKeys = {
  all: ['money'] as const,
  transactions: (owner: Owner, filters: TransactionFilters) => ['money', 'transactions', owner ?? 'me', filters] as const,
  categories: (owner: Owner, includeArchived: boolean) => ['money', 'categories', owner ?? 'me', includeArchived] as const,
  recurring: (owner: Owner) => ['money', 'recurring', owner ?? 'me'] as const,
  budgets: (owner: Owner, month: string) => ['money', 'budgets', owner ?? 'me', month] as const,
  report: (owner: Owner, from: string, to: string) => ['money', 'report', owner ?? 'me', from, to] as const,
  suggestion: (owner: Owner, payee: string, kind: Kind) => ['money', 'suggestion', owner ?? 'me', payee, kind] as const,
};

export function listTransactions(owner: Owner, filters: TransactionFilters, cursor: string | undefined, signal: AbortSignal): Promise<Page<Transaction>> {
  return api.get<Page<Transaction>>(withQuery(`${base}/transactions`, { owner, ...filters, cursor, limit: 25 }), { signal });
}
export const addTransaction = (owner: Owner, input: TransactionInput) => api.post<Transaction>(`${base}/transactions`, { ...input, ...ownerBody(owner) });
export const updateTransaction = (id: string, patch: TransactionPatch) => api.patch<Transaction>(one('transactions', id), patch);
export const deleteTransaction = (id: string) => api.delete(one('transactions', id));
export const exportUrl = (owner: Owner, format: 'csv' | 'json', filters: { from?: string | undefined; to?: string | undefined } = {}) =>
  withQuery(`${base}/transactions/export`, { owner, format, from: filters.from, to: filters.to });

export const categoriesQuery = (owner: Owner, includeArchived = false) =>
  queryOptions({
    queryKey: moneyKeys.categories(owner, includeArchived),
    queryFn: ({ signal }) => api.get<{ items: Category[] }>(withQuery(`${base}/categories`, { owner, includeArchived: String(includeArchived) }), { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
export const addCategory = (owner: Owner, input: { name: string; kind: Kind; parentId?: string | null }) =>
  api.post<Category>(`${base}/categories`, { ...input, ...ownerBody(owner) });
export const updateCategory = (owner: Owner, id: string, patch: CategoryPatch) => api.patch<Category>(withQuery(one('categories', id), { owner }), patch);
/** Deleted (undefined, 204), or archived because something uses it. */
export const deleteCategory = (owner: Owner, id: string) => api.delete<{ archived: true } | undefined>(withQuery(one('categories', id), { owner }));

export const recurringQuery = (owner: Owner) =>
  queryOptions({
    queryKey: moneyKeys.recurring(owner),
    queryFn: ({ signal }) => api.get<{ items: Recurring[] }>(withQuery(`${base}/recurring`, { owner }), { signal }),
    select: (data) => data.items,
  });
export const addRecurring = (owner: Owner, input: RecurringInput) => api.post<Recurring>(`${base}/recurring`, { ...input, ...ownerBody(owner) });
export const updateRecurring = (owner: Owner, id: string, patch: { active?: boolean; endDate?: string | null }) =>
  api.patch<Recurring>(withQuery(one('recurring', id), { owner }), patch);
export const deleteRecurring = (owner: Owner, id: string) => api.delete(withQuery(one('recurring', id), { owner }));

export const budgetsQuery = (owner: Owner, month: string) =>
  queryOptions({
    queryKey: moneyKeys.budgets(owner, month),
    queryFn: ({ signal }) => api.get<{ month: string; items: BudgetProgress[] }>(withQuery(`${base}/budgets`, { owner, month }), { signal }),
  });
export const addBudget = (owner: Owner, input: BudgetInput) => api.post<BudgetProgress>(`${base}/budgets`, { ...input, ...ownerBody(owner) });
export const updateBudget = (owner: Owner, id: string, patch: { amount?: string; thresholds?: number[] }) => api.patch(withQuery(one('budgets', id), { owner }), patch);
export const deleteBudget = (owner: Owner, id: string) => api.delete(withQuery(one('budgets', id), { owner }));

/** Months are yyyy-mm, both included. */
export const reportQuery = (owner: Owner, from: string, to: string) =>
  queryOptions({
    queryKey: moneyKeys.report(owner, from, to),
    queryFn: ({ signal }) => api.get<Report>(withQuery(`${base}/reports`, { owner, from, to }), { signal }),
  });

export const suggestionQuery = (owner: Owner, payee: string, kind: Kind) =>
  queryOptions({
    queryKey: moneyKeys.suggestion(owner, payee, kind),
    queryFn: ({ signal }) => api.get<{ suggestion: Suggestion | null }>(withQuery(`${base}/suggest-category`, { owner, payee, kind }), { signal }),
    select: (data) => data.suggestion,
    enabled: payee.trim().length > 1,
    staleTime: 5 * 60_000,
  });
