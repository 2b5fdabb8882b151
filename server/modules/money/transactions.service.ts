import { randomUUID } from 'node:crypto';
import { AppError } from '../../lib/app-error.ts';
import { addDays } from '../../lib/dates.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import { toDate } from '../../lib/time.ts';
import type { Actor } from '../../plugins/auth.ts';
import type { SharingRepository } from '../sharing/sharing.repository.ts';
import { assertCanChange } from '../sharing/sharing.policy.ts';
import { assertCurrency, moneyItemView, toMinorUnits } from './amounts.ts';
import type { BudgetService } from './budgets.service.ts';
import type { CategoryService } from './categories.service.ts';
import type { Transaction, TransactionCreate, TransactionListQuery, TransactionPatch } from './money.schemas.ts';
import type { TransactionRepository, TransactionRow } from './transactions.repository.ts';

export const noteContext = (id: string) => `money_transaction.note:${id}`;
export const defaultAccount = 'Cash';
/** The earliest date a transaction may have, and how far ahead (planned payments) it may be. */
const earliestDate = '1970-01-01';
const maxDaysAhead = 366;

/** The dates a transaction may have today, from the API or from an imported file alike. */
export function transactionDateRange(now: Date): { earliest: string; latest: string } {
  return { earliest: earliestDate, latest: addDays(now.toISOString().slice(0, 10), maxDaysAhead) };
}

/** Payees compared case-, accent-width- and space-insensitively (accents themselves are kept). */
export function payeeKey(payee: string): string {
  return payee.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface TransactionDeps {
  repository: TransactionRepository;
  sharing: SharingRepository;
  cipher: FieldCipher;
  categories: CategoryService;
  budgets: BudgetService;
  now?: () => Date;
}

export class TransactionService {
  readonly #deps: TransactionDeps;
  readonly #now: () => Date;

  constructor(deps: TransactionDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  view(row: TransactionRow): Transaction {
    return {
      ...moneyItemView(row, row.note ? this.#deps.cipher.decrypt(row.note, noteContext(row.id)) : null),
      date: row.occurred_on,
      recurringId: row.recurring_id,
      importId: row.import_id,
      createdBy: row.created_by,
      createdAt: toDate(row.created_at).toISOString(),
      updatedAt: toDate(row.updated_at).toISOString(),
    };
  }

  #checkDate(date: string, path: string): string {
    const { earliest, latest } = transactionDateRange(this.#now());
    if (date < earliest || date > latest) {
      throw new AppError('VALIDATION_FAILED', `The date must be between ${earliest} and ${latest}.`, { details: [{ path, message: 'out of range' }] });
    }
    return date;
  }

  async create(actor: Actor, ownerId: string, input: TransactionCreate): Promise<Transaction> {
    const amountMinor = toMinorUnits(input.amount, input.currency, 'body.amount');
    this.#checkDate(input.date, 'body.date');
    if (input.categoryId) await this.#deps.categories.assertUsable(ownerId, input.categoryId, input.kind);
    const id = randomUUID();
    const now = this.#deps.repository.ts(this.#now());
    const tags = input.tags ?? [];
    const row: TransactionRow = {
      id,
      user_id: ownerId,
      kind: input.kind,
      amount_minor: amountMinor,
      currency: input.currency,
      occurred_on: input.date,
      payee: input.payee,
      payee_key: payeeKey(input.payee),
      category_id: input.categoryId ?? null,
      tags: JSON.stringify(tags),
      account: input.account ?? defaultAccount,
      note: input.note ? this.#deps.cipher.encrypt(input.note, noteContext(id)) : null,
      recurring_id: null,
      occurrence_index: null,
      import_id: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await this.#deps.repository.insert([row], new Map([[id, tags]]));
    await this.#deps.budgets.checkAlerts(ownerId, [{ month: row.occurred_on.slice(0, 7), currency: row.currency }]);
    return this.view(row);
  }

  async get(actor: Actor, id: string): Promise<Transaction> {
    return this.view(await this.#visible(actor, id));
  }

  async #visible(actor: Actor, id: string): Promise<TransactionRow> {
    const row = await this.#deps.repository.findVisible(actor.userId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async update(actor: Actor, id: string, patch: TransactionPatch): Promise<Transaction> {
    const row = await this.#visible(actor, id);
    await assertCanChange(this.#deps.sharing, actor.userId, row.user_id);
    const currency = patch.currency ?? row.currency;
    const kind = patch.kind ?? row.kind;
    const changes: Partial<TransactionRow> = {};
    if (patch.currency !== undefined) assertCurrency(currency, 'body.currency');
    if (patch.amount !== undefined || patch.currency !== undefined) {
      // A new currency re-reads the amount under its own exponent, so 1250 EUR cents never become 1250 yen.
      if (patch.amount === undefined) throw new AppError('VALIDATION_FAILED', 'Send the amount together with a new currency.', { details: [{ path: 'body.amount', message: 'required with currency' }] });
      changes.amount_minor = toMinorUnits(patch.amount, currency, 'body.amount');
      changes.currency = currency;
    }
    if (patch.kind !== undefined) changes.kind = patch.kind;
    if (patch.date !== undefined) changes.occurred_on = this.#checkDate(patch.date, 'body.date');
    if (patch.payee !== undefined) {
      changes.payee = patch.payee;
      changes.payee_key = payeeKey(patch.payee);
    }
    const categoryId = patch.categoryId !== undefined ? patch.categoryId : row.category_id;
    if (categoryId && (patch.categoryId !== undefined || patch.kind !== undefined)) await this.#deps.categories.assertUsable(row.user_id, categoryId, kind, row.category_id);
    if (patch.categoryId !== undefined) changes.category_id = patch.categoryId;
    if (patch.tags !== undefined) changes.tags = JSON.stringify(patch.tags);
    if (patch.account !== undefined) changes.account = patch.account;
    if (patch.note !== undefined) changes.note = patch.note ? this.#deps.cipher.encrypt(patch.note, noteContext(id)) : null;
    await this.#deps.repository.update(id, row.user_id, changes, patch.tags, this.#now());
    const updated = await this.#visible(actor, id);
    await this.#deps.budgets.checkAlerts(row.user_id, [{ month: updated.occurred_on.slice(0, 7), currency: updated.currency }]);
    return this.view(updated);
  }

  /** Deletes one transaction; answers whose it was, for the audit row. */
  async remove(actor: Actor, id: string): Promise<{ ownerId: string }> {
    const row = await this.#visible(actor, id);
    await assertCanChange(this.#deps.sharing, actor.userId, row.user_id);
    await this.#deps.repository.delete(id, row.user_id);
    return { ownerId: row.user_id };
  }

  async list(ownerId: string, query: TransactionListQuery) {
    if (query.from && query.to && query.from > query.to) throw new AppError('VALIDATION_FAILED', '"from" must not be after "to".', { details: [{ path: 'query.from', message: 'after to' }] });
    if ((query.minAmount !== undefined || query.maxAmount !== undefined) && !query.currency) {
      throw new AppError('VALIDATION_FAILED', 'Amount filters need a currency, because amounts are compared in its minor units.', { details: [{ path: 'query.currency', message: 'required with an amount filter' }] });
    }
    const bound = (value: string | undefined, path: string) => (value === undefined || !query.currency ? undefined : toMinorUnitsAllowZero(value, query.currency, path));
    let categoryIds: string[] | undefined;
    if (query.categoryId) {
      // A parent category's filter includes its subcategories.
      const rows = await this.#deps.categories.rows(ownerId);
      categoryIds = rows.filter((row) => row.id === query.categoryId || row.parent_id === query.categoryId).map((row) => row.id);
      // No such category of theirs: nothing matches (and an empty IN list is a syntax error on PostgreSQL).
      if (categoryIds.length === 0) return { items: [], nextCursor: null };
    }
    const page = await this.#deps.repository.list(
      ownerId,
      {
        from: query.from,
        to: query.to,
        kind: query.kind,
        categoryIds,
        tag: query.tag,
        payeeKey: query.payee ? payeeKey(query.payee) : undefined,
        account: query.account,
        currency: query.currency,
        minMinor: bound(query.minAmount, 'query.minAmount'),
        maxMinor: bound(query.maxAmount, 'query.maxAmount'),
      },
      { cursor: query.cursor, limit: query.limit },
    );
    return { items: page.items.map((row) => this.view(row)), nextCursor: page.nextCursor };
  }

  async exportAll(ownerId: string, range: { from?: string | undefined; to?: string | undefined }): Promise<Transaction[]> {
    return (await this.#deps.repository.all(ownerId, range)).map((row) => this.view(row));
  }
}

/** Filter bounds may be zero, unlike a transaction's amount. */
function toMinorUnitsAllowZero(value: string, currency: string, path: string): number {
  return /^0+(\.0+)?$/.test(value) ? 0 : toMinorUnits(value, currency, path);
}
