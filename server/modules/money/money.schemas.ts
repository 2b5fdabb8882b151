import { z } from 'zod';
import { pageQuerySchema } from '../../lib/pagination.ts';
import { localDateSchema } from '../../lib/local-date.ts';

export const maxPayeeLength = 200;
export const maxNoteLength = 1000;
export const maxAccountLength = 60;
export const maxCategoryNameLength = 60;
export const maxTags = 10;

const id = z.string().min(1).max(64);
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-11');
const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR')
  .transform((code) => code.toUpperCase());
/**
 * Amounts travel as decimal strings in major units ("12.50"), so the server can check them against
 * the currency's exponent exactly; responses also carry the integer minor units.
 */
const decimalAmount = z.string().trim().regex(/^\d{1,20}(\.\d{1,20})?$/, 'must be a positive decimal such as 12.50');
const kind = z.enum(['expense', 'income']);
const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must be a single line of text')
    .transform((text) => text.replace(/\s+/g, ' '));
const tags = z
  .array(singleLine(30).pipe(z.string().min(1)).transform((tag) => tag.toLowerCase()))
  .max(maxTags)
  .transform((list) => [...new Set(list)]);

// Transactions ------------------------------------------------------------------------------

export const transactionCreateSchema = z.strictObject({
  kind,
  amount: decimalAmount,
  currency,
  date: localDateSchema,
  payee: singleLine(maxPayeeLength).pipe(z.string().min(1, 'is required')),
  categoryId: id.nullable().optional(),
  tags: tags.optional(),
  account: singleLine(maxAccountLength).pipe(z.string().min(1)).optional(),
  note: z.string().trim().max(maxNoteLength).optional(),
  /** Whose money this is: yourself by default, or someone who made you their editor. */
  ownerId: id.optional(),
});

export const transactionPatchSchema = z
  .strictObject({
    kind: kind.optional(),
    amount: decimalAmount.optional(),
    currency: currency.optional(),
    date: localDateSchema.optional(),
    payee: singleLine(maxPayeeLength).pipe(z.string().min(1, 'is required')).optional(),
    categoryId: id.nullable().optional(),
    tags: tags.optional(),
    account: singleLine(maxAccountLength).pipe(z.string().min(1)).optional(),
    note: z.string().trim().max(maxNoteLength).nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.');

export const transactionListQuerySchema = pageQuerySchema.extend({
  owner: id.optional(),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
  kind: kind.optional(),
  categoryId: id.optional(),
  tag: z.string().trim().toLowerCase().min(1).max(30).optional(),
  payee: z.string().trim().min(1).max(maxPayeeLength).optional(),
  account: z.string().trim().min(1).max(maxAccountLength).optional(),
  currency: currency.optional(),
  minAmount: decimalAmount.optional(),
  maxAmount: decimalAmount.optional(),
});

/** What a transaction and a repeating item have in common, as the API shows them. */
const moneyItemFields = {
  id: z.string(),
  ownerId: z.string(),
  kind,
  amountMinor: z.number().int(),
  amount: z.string(),
  currency: z.string(),
  payee: z.string(),
  categoryId: z.string().nullable(),
  tags: z.array(z.string()),
  account: z.string(),
  note: z.string().nullable(),
};

export const transactionSchema = z.object({
  ...moneyItemFields,
  date: z.string(),
  recurringId: z.string().nullable(),
  importId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const transactionPageSchema = z.object({ items: z.array(transactionSchema), nextCursor: z.string().nullable() });

// Categories --------------------------------------------------------------------------------

export const categorySchema = z.object({
  id: z.string(),
  key: z.string().nullable(),
  name: z.string(),
  kind,
  parentId: z.string().nullable(),
  archived: z.boolean(),
});
export const categoryListSchema = z.object({ items: z.array(categorySchema) });
export const categoryListQuerySchema = z.object({ owner: id.optional(), includeArchived: z.enum(['true', 'false']).default('false') });

export const categoryCreateSchema = z.strictObject({
  name: singleLine(maxCategoryNameLength).pipe(z.string().min(1, 'is required')),
  kind,
  parentId: id.nullable().optional(),
  ownerId: id.optional(),
});
export const categoryPatchSchema = z
  .strictObject({
    name: singleLine(maxCategoryNameLength).pipe(z.string().min(1, 'is required')).optional(),
    parentId: id.nullable().optional(),
    archived: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.');

// Recurring ---------------------------------------------------------------------------------

export const recurringCreateSchema = z.strictObject({
  kind,
  amount: decimalAmount,
  currency,
  payee: singleLine(maxPayeeLength).pipe(z.string().min(1, 'is required')),
  categoryId: id.nullable().optional(),
  tags: tags.optional(),
  account: singleLine(maxAccountLength).pipe(z.string().min(1)).optional(),
  note: z.string().trim().max(maxNoteLength).optional(),
  cadence: z.enum(['weekly', 'monthly']),
  /** Every `interval` weeks or months (1 = every week / month). */
  interval: z.number().int().min(1).max(12).default(1),
  startDate: localDateSchema,
  endDate: localDateSchema.nullable().optional(),
  ownerId: id.optional(),
});
export const recurringPatchSchema = z
  .strictObject({ active: z.boolean().optional(), endDate: localDateSchema.nullable().optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.');

export const recurringSchema = z.object({
  ...moneyItemFields,
  cadence: z.enum(['weekly', 'monthly']),
  interval: z.number().int(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  nextDate: z.string().nullable(),
  active: z.boolean(),
});
export const recurringListSchema = z.object({ items: z.array(recurringSchema) });

// Budgets -----------------------------------------------------------------------------------

export const thresholdsSchema = z
  .array(z.number().int().min(1).max(200))
  .min(1)
  .max(5)
  .transform((list) => [...new Set(list)].sort((a, b) => a - b));

export const budgetCreateSchema = z.strictObject({
  /** null or absent: an overall budget for all spending in that currency. */
  categoryId: id.nullable().optional(),
  amount: decimalAmount,
  currency,
  thresholds: thresholdsSchema.optional(),
  ownerId: id.optional(),
});
export const budgetPatchSchema = z
  .strictObject({ amount: decimalAmount.optional(), thresholds: thresholdsSchema.optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.');

export const budgetSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  categoryId: z.string().nullable(),
  currency: z.string(),
  amountMinor: z.number().int(),
  amount: z.string(),
  thresholds: z.array(z.number().int()),
});
export const budgetProgressSchema = budgetSchema.extend({
  month: z.string(),
  spentMinor: z.number().int(),
  spent: z.string(),
  /** Share of the budget spent, in percent (may exceed 100). */
  percent: z.number(),
  alertsRaised: z.array(z.number().int()),
});
export const budgetListSchema = z.object({ month: z.string(), items: z.array(budgetProgressSchema) });
export const budgetListQuerySchema = z.object({ owner: id.optional(), month: monthSchema.optional() });

// Notifications -----------------------------------------------------------------------------

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const notificationListSchema = z.object({ items: z.array(notificationSchema), unread: z.number().int(), nextCursor: z.string().nullable() });

// Reports -----------------------------------------------------------------------------------

export const reportQuerySchema = z.object({ owner: id.optional(), from: monthSchema, to: monthSchema });
const moneyTotal = { minor: z.number().int(), amount: z.string() };
export const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  currencies: z.array(
    z.object({
      currency: z.string(),
      months: z.array(z.object({ month: z.string(), income: z.object(moneyTotal), expense: z.object(moneyTotal) })),
      byCategory: z.array(z.object({ categoryId: z.string().nullable(), name: z.string(), expense: z.object(moneyTotal), income: z.object(moneyTotal) })),
      byCategoryMonth: z.array(z.object({ categoryId: z.string().nullable(), month: z.string(), expenseMinor: z.number().int() })),
      budgets: z.array(z.object({ budgetId: z.string(), categoryId: z.string().nullable(), name: z.string(), month: z.string(), budgetMinor: z.number().int(), spentMinor: z.number().int() })),
      totals: z.object({ income: z.object(moneyTotal), expense: z.object(moneyTotal), net: z.object(moneyTotal) }),
    }),
  ),
});

// Categorisation ----------------------------------------------------------------------------

export const suggestQuerySchema = z.object({
  owner: id.optional(),
  payee: z.string().trim().min(1).max(maxPayeeLength),
  note: z.string().trim().max(maxNoteLength).optional(),
  kind: kind.default('expense'),
});
export const suggestionSchema = z.object({
  suggestion: z
    .object({ categoryId: z.string(), name: z.string(), confidence: z.number(), source: z.enum(['history', 'rules', 'ai']) })
    .nullable(),
});

// Import ------------------------------------------------------------------------------------

const column = z.number().int().min(0).max(49);
export const importMappingSchema = z.strictObject({
  date: column,
  amount: column.optional(),
  debit: column.optional(),
  credit: column.optional(),
  payee: column,
  category: column.optional(),
  note: column.optional(),
  account: column.optional(),
  currency: column.optional(),
  kind: column.optional(),
  dateFormat: z.enum(['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD', 'DD-MM-YYYY', 'MM-DD-YYYY']),
  decimalStyle: z.enum(['dot', 'comma']),
});
export const importOptionsSchema = z.strictObject({
  mapping: importMappingSchema,
  currency,
  account: singleLine(maxAccountLength).pipe(z.string().min(1)).default('Bank'),
  /** Lines (1-based, as in the preview) the user chose not to import, e.g. flagged duplicates. */
  skipLines: z.array(z.number().int().min(2).max(200_000)).max(200_000).default([]),
});
export const importRowSchema = z.object({
  line: z.number().int(),
  date: z.string(),
  kind,
  amountMinor: z.number().int(),
  amount: z.string(),
  currency: z.string(),
  payee: z.string(),
  category: z.string().nullable(),
  account: z.string(),
  duplicate: z.enum(['none', 'in_file', 'existing']),
});
export const importSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  fileName: z.string(),
  status: z.enum(['uploaded', 'committing', 'done', 'failed']),
  encoding: z.string(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  mapping: importMappingSchema.nullable(),
  processedRows: z.number().int(),
  importedRows: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
});
export const importPreviewSchema = z.object({
  rowCount: z.number().int(),
  validRows: z.number().int(),
  duplicates: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), column: z.string(), code: z.string(), message: z.string() })),
  rows: z.array(importRowSchema),
});

export const idParamsSchema = z.object({ id });
export const ownerQuerySchema = z.object({ owner: id.optional() });
export const exportQuerySchema = z.object({ owner: id.optional(), format: z.enum(['csv', 'json']).default('csv'), from: localDateSchema.optional(), to: localDateSchema.optional() });

export type TransactionCreate = z.infer<typeof transactionCreateSchema>;
export type TransactionPatch = z.infer<typeof transactionPatchSchema>;
export type TransactionListQuery = z.infer<typeof transactionListQuerySchema>;
export type Transaction = z.infer<typeof transactionSchema>;
export type Category = z.infer<typeof categorySchema>;
export type CategoryCreate = z.infer<typeof categoryCreateSchema>;
export type CategoryPatch = z.infer<typeof categoryPatchSchema>;
export type RecurringCreate = z.infer<typeof recurringCreateSchema>;
export type RecurringPatch = z.infer<typeof recurringPatchSchema>;
export type Recurring = z.infer<typeof recurringSchema>;
export type BudgetCreate = z.infer<typeof budgetCreateSchema>;
export type BudgetPatch = z.infer<typeof budgetPatchSchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type BudgetProgress = z.infer<typeof budgetProgressSchema>;
export type Notification = z.infer<typeof notificationSchema>;
export type Report = z.infer<typeof reportSchema>;
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type ImportOptions = z.infer<typeof importOptionsSchema>;
export type ImportView = z.infer<typeof importSchema>;
export type ImportPreview = z.infer<typeof importPreviewSchema>;
