// Mirrors server/modules/money/money.schemas.ts. Move both to common/ when shared schemas land.
export type Kind = 'expense' | 'income';

/** Whose money: undefined for my own, or the id of someone who shares theirs with me. */
export type Owner = string | undefined;

export interface Transaction {
  id: string;
  ownerId: string;
  kind: Kind;
  amountMinor: number;
  /** Major units as a decimal string, e.g. "12.50". */
  amount: string;
  currency: string;
  date: string;
  payee: string;
  categoryId: string | null;
  tags: string[];
  account: string;
  note: string | null;
  recurringId: string | null;
  importId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface TransactionInput {
  kind: Kind;
  amount: string;
  currency: string;
  date: string;
  payee: string;
  categoryId?: string | null;
  tags?: string[];
  account?: string;
  note?: string;
}

export type TransactionPatch = Partial<Omit<TransactionInput, 'note'>> & { note?: string | null };

export interface TransactionFilters {
  from?: string;
  to?: string;
  kind?: Kind | '';
  categoryId?: string;
  tag?: string;
  payee?: string;
  account?: string;
  currency?: string;
  minAmount?: string;
  maxAmount?: string;
}

export interface Category {
  id: string;
  /** The built-in category's stable key, or null for one a person made. */
  key: string | null;
  name: string;
  kind: Kind;
  parentId: string | null;
  archived: boolean;
}

export interface CategoryPatch {
  name?: string;
  parentId?: string | null;
  archived?: boolean;
}

export type Cadence = 'weekly' | 'monthly';

export interface Recurring {
  id: string;
  ownerId: string;
  kind: Kind;
  amountMinor: number;
  amount: string;
  currency: string;
  payee: string;
  categoryId: string | null;
  tags: string[];
  account: string;
  note: string | null;
  cadence: Cadence;
  interval: number;
  startDate: string;
  endDate: string | null;
  nextDate: string | null;
  active: boolean;
}

export interface RecurringInput {
  kind: Kind;
  amount: string;
  currency: string;
  payee: string;
  categoryId?: string | null;
  account?: string;
  cadence: Cadence;
  interval: number;
  startDate: string;
  endDate?: string | null;
}

export interface BudgetProgress {
  id: string;
  ownerId: string;
  /** null: every expense in the currency. */
  categoryId: string | null;
  currency: string;
  amountMinor: number;
  amount: string;
  thresholds: number[];
  month: string;
  spentMinor: number;
  spent: string;
  /** Share spent, in percent (may exceed 100). */
  percent: number;
  alertsRaised: number[];
}

export interface BudgetInput {
  categoryId?: string | null;
  amount: string;
  currency: string;
  thresholds?: number[];
}

interface MoneyTotal {
  minor: number;
  amount: string;
}

export interface CurrencyReport {
  currency: string;
  months: Array<{ month: string; income: MoneyTotal; expense: MoneyTotal }>;
  byCategory: Array<{ categoryId: string | null; name: string; expense: MoneyTotal; income: MoneyTotal }>;
  byCategoryMonth: Array<{ categoryId: string | null; month: string; expenseMinor: number }>;
  budgets: Array<{ budgetId: string; categoryId: string | null; name: string; month: string; budgetMinor: number; spentMinor: number }>;
  totals: { income: MoneyTotal; expense: MoneyTotal; net: MoneyTotal };
}

export interface Report {
  from: string;
  to: string;
  currencies: CurrencyReport[];
}

export interface Suggestion {
  categoryId: string;
  name: string;
  confidence: number;
  source: 'history' | 'rules' | 'ai';
}
