import { randomUUID } from 'node:crypto';
import type { Counter } from 'prom-client';
import { AppError } from '../../lib/app-error.ts';
import { formatMinor } from '../../lib/money.ts';
import { toMinorUnits } from './amounts.ts';
import type { BudgetRepository, BudgetRow } from './budgets.repository.ts';
import type { CategoryService } from './categories.service.ts';
import type { Budget, BudgetCreate, BudgetPatch, BudgetProgress } from './money.schemas.ts';
import type { CategoryRow } from './categories.repository.ts';
import type { AmountRow, TransactionRepository } from './transactions.repository.ts';

export interface BudgetDeps {
  repository: BudgetRepository;
  transactions: TransactionRepository;
  categories: CategoryService;
  /** Default alert thresholds in percent, from config (BUDGET_ALERT_THRESHOLDS). */
  defaultThresholds: number[];
  alertsRaised: Counter<'threshold'>;
  now?: () => Date;
}

export function monthBounds(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Notification text is read by a person: "€225.40", "November 2026" (exact: formatted from the decimal string). */
function displayMoney(minor: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 20 }).format(formatMinor(minor, currency) as Intl.StringNumericLiteral);
}

function displayMonth(month: string): string {
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Expenses in each budget's currency and scope (a category includes its subcategories), summed exactly. */
function spentPerBudget(budgets: readonly BudgetRow[], amounts: readonly AmountRow[], categories: readonly CategoryRow[]): Map<string, number> {
  const parentOf = new Map(categories.map((category) => [category.id, category.parent_id]));
  const totals = new Map<string, number>();
  for (const budget of budgets) {
    let total = 0n;
    for (const row of amounts) {
      if (row.kind !== 'expense' || row.currency !== budget.currency) continue;
      const inScope = budget.category_id === null || row.category_id === budget.category_id || (row.category_id !== null && parentOf.get(row.category_id) === budget.category_id);
      if (inScope) total += BigInt(row.amount_minor);
    }
    totals.set(budget.id, total > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(total));
  }
  return totals;
}

function budgetView(row: BudgetRow): Budget {
  return {
    id: row.id,
    ownerId: row.user_id,
    categoryId: row.category_id,
    currency: row.currency,
    amountMinor: row.amount_minor,
    amount: formatMinor(row.amount_minor, row.currency),
    thresholds: JSON.parse(row.thresholds) as number[],
  };
}

/**
 * Monthly budgets per category (its subcategories included) or overall, each in one currency:
 * only spending in that currency counts, and nothing is ever converted.
 */
export class BudgetService {
  readonly #deps: BudgetDeps;
  readonly #now: () => Date;

  constructor(deps: BudgetDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  currentMonth(): string {
    return this.#now().toISOString().slice(0, 7);
  }

  async create(ownerId: string, input: BudgetCreate): Promise<Budget> {
    const amountMinor = toMinorUnits(input.amount, input.currency, 'body.amount');
    if (input.categoryId) await this.#deps.categories.assertUsable(ownerId, input.categoryId, 'expense');
    const now = this.#deps.repository.ts(this.#now());
    const row: BudgetRow = {
      id: randomUUID(),
      user_id: ownerId,
      category_id: input.categoryId ?? null,
      scope: input.categoryId ?? 'overall',
      currency: input.currency,
      amount_minor: amountMinor,
      thresholds: JSON.stringify(input.thresholds ?? this.#deps.defaultThresholds),
      created_at: now,
      updated_at: now,
    };
    if (!(await this.#deps.repository.insert(row))) {
      throw new AppError('CONFLICT', 'There is already a budget for that category in that currency.', { details: [{ path: 'body.categoryId', message: 'already budgeted' }] });
    }
    // A budget set mid-month may already be past a threshold.
    await this.checkAlerts(ownerId, [{ month: this.currentMonth(), currency: row.currency }]);
    return budgetView(row);
  }

  async #get(ownerId: string, id: string): Promise<BudgetRow> {
    const row = await this.#deps.repository.find(ownerId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async update(ownerId: string, id: string, patch: BudgetPatch): Promise<Budget> {
    const row = await this.#get(ownerId, id);
    const changes: Partial<Pick<BudgetRow, 'amount_minor' | 'thresholds'>> = {};
    if (patch.amount !== undefined) changes.amount_minor = toMinorUnits(patch.amount, row.currency, 'body.amount');
    if (patch.thresholds !== undefined) changes.thresholds = JSON.stringify(patch.thresholds);
    await this.#deps.repository.update(ownerId, id, changes, this.#now());
    await this.checkAlerts(ownerId, [{ month: this.currentMonth(), currency: row.currency }]);
    return budgetView(await this.#get(ownerId, id));
  }

  async remove(ownerId: string, id: string): Promise<void> {
    await this.#get(ownerId, id);
    await this.#deps.repository.delete(ownerId, id);
  }

  async progress(ownerId: string, month: string): Promise<BudgetProgress[]> {
    const budgets = await this.#deps.repository.list(ownerId);
    if (budgets.length === 0) return [];
    const spent = await this.#spending(ownerId, month, budgets);
    const raised = await this.#deps.repository.alertsFor(ownerId, month);
    return budgets.map((budget) => {
      const spentMinor = spent.get(budget.id) ?? 0;
      return {
        ...budgetView(budget),
        month,
        spentMinor,
        spent: formatMinor(spentMinor, budget.currency),
        percent: budget.amount_minor > 0 ? Math.round((spentMinor / budget.amount_minor) * 1000) / 10 : 0,
        alertsRaised: raised.filter((alert) => alert.budget_id === budget.id).map((alert) => alert.threshold).sort((a, b) => a - b),
      };
    });
  }

  /** Spending in a month per budget, counted exactly in BigInt. */
  async #spending(ownerId: string, month: string, budgets: BudgetRow[]): Promise<Map<string, number>> {
    const { from, to } = monthBounds(month);
    const [amounts, categories] = await Promise.all([this.#deps.transactions.amounts(ownerId, from, to), this.#deps.categories.rows(ownerId)]);
    return spentPerBudget(budgets, amounts, categories);
  }

  /**
   * Budget against actual for each month, from transactions the caller already has (a report):
   * one row per budget and month, no further queries for the spending.
   */
  async againstActual(ownerId: string, months: readonly string[], amounts: readonly AmountRow[], categories: readonly CategoryRow[]) {
    const budgets = await this.#deps.repository.list(ownerId);
    return months.flatMap((month) => {
      const spent = spentPerBudget(budgets, amounts.filter((row) => row.occurred_on.startsWith(month)), categories);
      return budgets.map((budget) => ({ id: budget.id, categoryId: budget.category_id, currency: budget.currency, month, amountMinor: budget.amount_minor, spentMinor: spent.get(budget.id) ?? 0 }));
    });
  }

  /**
   * Raises each threshold a budget has crossed in the given months, once per budget, month and
   * threshold (the database enforces "once", whoever gets there first), as an in-app
   * notification and a stored alert event.
   */
  async checkAlerts(ownerId: string, periods: Array<{ month: string; currency: string }>): Promise<void> {
    const unique = [...new Map(periods.map((period) => [`${period.month}|${period.currency}`, period])).values()];
    const budgets = await this.#deps.repository.list(ownerId);
    if (budgets.length === 0) return;
    const categories = new Map((await this.#deps.categories.rows(ownerId)).map((category) => [category.id, category.name]));
    for (const { month, currency } of unique) {
      const relevant = budgets.filter((budget) => budget.currency === currency);
      if (relevant.length === 0) continue;
      const spent = await this.#spending(ownerId, month, relevant);
      for (const budget of relevant) {
        const spentMinor = spent.get(budget.id) ?? 0;
        for (const threshold of JSON.parse(budget.thresholds) as number[]) {
          if (BigInt(spentMinor) * 100n < BigInt(budget.amount_minor) * BigInt(threshold)) continue;
          const name = budget.category_id ? `${categories.get(budget.category_id) ?? 'Category'} budget` : 'Overall budget';
          const raised = await this.#deps.repository.raiseAlert(
            { budget_id: budget.id, period: month, threshold, user_id: ownerId, spent_minor: spentMinor, budget_minor: budget.amount_minor },
            {
              id: randomUUID(),
              kind: 'budget_alert',
              title: threshold >= 100 ? `${name}: ${threshold}% reached` : `${name}: ${threshold}% used`,
              body: `${displayMoney(spentMinor, currency)} of ${displayMoney(budget.amount_minor, currency)} spent in ${displayMonth(month)}.`,
              link: `/money/budgets?month=${month}`,
            },
            this.#now(),
          );
          if (raised) this.#deps.alertsRaised.inc({ threshold: String(threshold) });
        }
      }
    }
  }
}
