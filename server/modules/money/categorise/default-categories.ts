export type CategoryKind = 'expense' | 'income';

/** A category every new person starts with; `key` is stable, `name` is what they see and may rename. */
export interface DefaultCategory {
  readonly key: string;
  readonly name: string;
  readonly kind: CategoryKind;
}

/**
 * Seeded for each new user. Keyword rules point at these keys (not names), so a renamed category
 * still receives its suggestions.
 */
const seeded = [
  { key: 'groceries', name: 'Groceries', kind: 'expense' },
  { key: 'dining', name: 'Eating out', kind: 'expense' },
  { key: 'transport', name: 'Transport', kind: 'expense' },
  { key: 'housing', name: 'Housing (rent, mortgage)', kind: 'expense' },
  { key: 'utilities', name: 'Bills & utilities', kind: 'expense' },
  { key: 'health', name: 'Health', kind: 'expense' },
  { key: 'insurance', name: 'Insurance', kind: 'expense' },
  { key: 'shopping', name: 'Shopping', kind: 'expense' },
  { key: 'entertainment', name: 'Entertainment', kind: 'expense' },
  { key: 'subscriptions', name: 'Subscriptions', kind: 'expense' },
  { key: 'travel', name: 'Travel', kind: 'expense' },
  { key: 'education', name: 'Education', kind: 'expense' },
  { key: 'gifts', name: 'Gifts & donations', kind: 'expense' },
  { key: 'personal_care', name: 'Personal care', kind: 'expense' },
  { key: 'fees', name: 'Fees & charges', kind: 'expense' },
  { key: 'other_expense', name: 'Other', kind: 'expense' },
  { key: 'salary', name: 'Salary', kind: 'income' },
  { key: 'other_income', name: 'Other income', kind: 'income' },
] as const satisfies ReadonlyArray<DefaultCategory>;

export const defaultCategories: ReadonlyArray<DefaultCategory> = Object.freeze(seeded);

export type DefaultCategoryKey = (typeof seeded)[number]['key'];
