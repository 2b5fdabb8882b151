import { amountProblem, currencyProblem, normaliseAmount } from '../money-format.ts';
import type { Kind, Transaction, TransactionInput } from '../money-types.ts';

/** What the transaction form holds while someone types. */
export interface TransactionDraft {
  kind: Kind;
  amount: string;
  currency: string;
  date: string;
  payee: string;
  categoryId: string;
  account: string;
  tags: string;
  note: string;
}

export type DraftField = keyof TransactionDraft;

export function draftFrom(transaction: Transaction): TransactionDraft {
  return {
    kind: transaction.kind,
    amount: transaction.amount,
    currency: transaction.currency,
    date: transaction.date,
    payee: transaction.payee,
    categoryId: transaction.categoryId ?? '',
    account: transaction.account,
    tags: transaction.tags.join(', '),
    note: transaction.note ?? '',
  };
}

export function emptyDraft(currency: string, date: string): TransactionDraft {
  return { kind: 'expense', amount: '', currency, date, payee: '', categoryId: '', account: '', tags: '', note: '' };
}

/** Tags typed as "food, weekly": lower case, no duplicates, no empty ones. */
export const parseTags = (text: string) => [...new Set(text.split(',').map((tag) => tag.trim().replace(/^#/, '').toLowerCase()).filter(Boolean))];

/** The problems the browser can see before asking the server. */
export function draftProblems(draft: TransactionDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  const currency = currencyProblem(draft.currency);
  if (currency) problems.currency = currency;
  else {
    const amount = amountProblem(draft.amount, draft.currency.toUpperCase());
    if (amount) problems.amount = amount;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.date = 'Choose the day it happened.';
  if (!draft.payee.trim()) problems.payee = draft.kind === 'expense' ? 'Say who you paid.' : 'Say who paid you.';
  if (parseTags(draft.tags).length > 10) problems.tags = 'Use at most 10 tags.';
  if (parseTags(draft.tags).some((tag) => tag.length > 30)) problems.tags = 'Keep each tag to 30 characters.';
  return problems;
}

/** The request body for a new transaction (empty optional fields left out). */
export function draftToInput(draft: TransactionDraft): TransactionInput {
  return {
    kind: draft.kind,
    amount: normaliseAmount(draft.amount),
    currency: draft.currency.trim().toUpperCase(),
    date: draft.date,
    payee: draft.payee.trim(),
    categoryId: draft.categoryId || null,
    tags: parseTags(draft.tags),
    ...(draft.account.trim() ? { account: draft.account.trim() } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  };
}

/** Server error paths ("amount", "body.payee") → the field they are about. */
export function fieldOfPath(path: string | undefined): DraftField | undefined {
  const last = path?.split(/[./]/).filter(Boolean).at(-1);
  const fields: DraftField[] = ['kind', 'amount', 'currency', 'date', 'payee', 'categoryId', 'account', 'tags', 'note'];
  return fields.find((field) => field === last);
}
