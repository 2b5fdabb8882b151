import { AppError } from '../../lib/app-error.ts';
import { moneyView, safeTotal } from './amounts.ts';
import { monthBounds, type BudgetService } from './budgets.service.ts';
import type { CategoryService } from './categories.service.ts';
import type { Report } from './money.schemas.ts';
import type { AmountRow, TransactionRepository } from './transactions.repository.ts';

/** Reports cover at most this many months at once. */
export const maxReportMonths = 24;

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let label = from; label <= to; ) {
    months.push(label);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    label = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

type Totals = Map<string, bigint>;
function add(totals: Totals, key: string, amount: number): void {
  totals.set(key, (totals.get(key) ?? 0n) + BigInt(amount));
}

/**
 * Spending by category and month, income against expense, and budget against actual: one block
 * per currency, because amounts in different currencies are never added together.
 */
export class ReportService {
  readonly #transactions: TransactionRepository;
  readonly #categories: CategoryService;
  readonly #budgets: BudgetService;

  constructor(transactions: TransactionRepository, categories: CategoryService, budgets: BudgetService) {
    this.#transactions = transactions;
    this.#categories = categories;
    this.#budgets = budgets;
  }

  async report(ownerId: string, from: string, to: string): Promise<Report> {
    if (from > to) throw new AppError('VALIDATION_FAILED', '"from" must not be after "to".', { details: [{ path: 'query.from', message: 'after to' }] });
    const months = monthsBetween(from, to);
    if (months.length > maxReportMonths) {
      throw new AppError('VALIDATION_FAILED', `A report covers at most ${maxReportMonths} months.`, { details: [{ path: 'query.to', message: 'range too long' }] });
    }
    const [rows, categories] = await Promise.all([
      this.#transactions.amounts(ownerId, monthBounds(from).from, monthBounds(to).to),
      this.#categories.rows(ownerId),
    ]);
    const names = new Map(categories.map((category) => [category.id, category.name]));
    const byCurrency = new Map<string, AmountRow[]>();
    for (const row of rows) byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row]);

    const budgets = await this.#budgets.againstActual(ownerId, months, rows, categories);
    const currencies = new Set([...byCurrency.keys(), ...budgets.map((budget) => budget.currency)]);

    return {
      from,
      to,
      currencies: [...currencies].sort().map((currency) => {
        const list = byCurrency.get(currency) ?? [];
        const monthTotals: Totals = new Map();
        const categoryTotals: Totals = new Map();
        const categoryMonth: Totals = new Map();
        for (const row of list) {
          const month = row.occurred_on.slice(0, 7);
          add(monthTotals, `${month}|${row.kind}`, row.amount_minor);
          add(categoryTotals, `${row.category_id ?? ''}|${row.kind}`, row.amount_minor);
          if (row.kind === 'expense') add(categoryMonth, `${row.category_id ?? ''}|${month}`, row.amount_minor);
        }
        const total = (totals: Totals, key: string) => safeTotal(totals.get(key) ?? 0n);
        const money = (minor: number) => moneyView(minor, currency);
        const categoryIds = [...new Set(list.map((row) => row.category_id ?? ''))];
        const income = months.reduce((sum, month) => sum + (monthTotals.get(`${month}|income`) ?? 0n), 0n);
        const expense = months.reduce((sum, month) => sum + (monthTotals.get(`${month}|expense`) ?? 0n), 0n);
        return {
          currency,
          months: months.map((month) => ({ month, income: money(total(monthTotals, `${month}|income`)), expense: money(total(monthTotals, `${month}|expense`)) })),
          byCategory: categoryIds
            .map((id) => ({
              categoryId: id || null,
              name: id ? (names.get(id) ?? 'Unknown') : 'Uncategorised',
              expense: money(total(categoryTotals, `${id}|expense`)),
              income: money(total(categoryTotals, `${id}|income`)),
            }))
            .sort((a, b) => b.expense.minor - a.expense.minor || b.income.minor - a.income.minor),
          byCategoryMonth: [...categoryMonth].map(([key, amount]) => {
            const [id, month] = key.split('|') as [string, string];
            return { categoryId: id || null, month, expenseMinor: safeTotal(amount) };
          }),
          budgets: budgets
            .filter((budget) => budget.currency === currency)
            .map((budget) => ({
              budgetId: budget.id,
              categoryId: budget.categoryId,
              name: budget.categoryId ? (names.get(budget.categoryId) ?? 'Unknown') : 'Overall',
              month: budget.month,
              budgetMinor: budget.amountMinor,
              spentMinor: budget.spentMinor,
            })),
          totals: { income: money(safeTotal(income)), expense: money(safeTotal(expense)), net: money(safeTotal(income - expense)) },
        };
      }),
    };
  }
}
