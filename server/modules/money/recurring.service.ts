import { randomUUID } from 'node:crypto';
import { AppError } from '../../lib/app-error.ts';
import { addDays, localDate } from '../../lib/dates.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import { moneyItemView, toMinorUnits } from './amounts.ts';
import type { BudgetService } from './budgets.service.ts';
import type { CategoryService } from './categories.service.ts';
import type { Recurring, RecurringCreate, RecurringPatch } from './money.schemas.ts';
import { dueOccurrences, nextOccurrence, occurrenceDate } from './recurrence.ts';
import type { RecurringRepository, RecurringRow } from './recurring.repository.ts';
import { defaultAccount, noteContext, payeeKey } from './transactions.service.ts';
import type { TransactionRepository } from './transactions.repository.ts';

const ruleNoteContext = (id: string) => `money_recurring.note:${id}`;
/** A rule may start at most this far back, so one rule never floods the ledger with occurrences. */
const maxDaysBack = 366;
/** Occurrences one sweep materialises per rule; the next sweep carries on. */
const perSweep = 60;

export interface RecurringDeps {
  repository: RecurringRepository;
  transactions: TransactionRepository;
  categories: CategoryService;
  budgets: BudgetService;
  cipher: FieldCipher;
  timeZoneOf: (userId: string) => Promise<string>;
  now?: () => Date;
}

export class RecurringService {
  readonly #deps: RecurringDeps;
  readonly #now: () => Date;

  constructor(deps: RecurringDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  #view(row: RecurringRow): Recurring {
    return {
      ...moneyItemView(row, row.note ? this.#deps.cipher.decrypt(row.note, ruleNoteContext(row.id)) : null),
      cadence: row.cadence,
      interval: row.interval,
      startDate: row.start_date,
      endDate: row.end_date,
      nextDate: row.next_date,
      active: row.active,
    };
  }

  #rule(row: Pick<RecurringRow, 'cadence' | 'interval' | 'start_date' | 'end_date'>) {
    return { cadence: row.cadence, interval: row.interval, startDate: row.start_date, endDate: row.end_date };
  }

  async create(actorId: string, ownerId: string, input: RecurringCreate): Promise<Recurring> {
    const amountMinor = toMinorUnits(input.amount, input.currency, 'body.amount');
    const today = this.#now().toISOString().slice(0, 10);
    if (input.startDate < addDays(today, -maxDaysBack) || input.startDate > addDays(today, 3 * 366)) {
      throw new AppError('VALIDATION_FAILED', 'A repeating item starts within a year back and three years ahead.', { details: [{ path: 'body.startDate', message: 'out of range' }] });
    }
    if (input.endDate && input.endDate < input.startDate) {
      throw new AppError('VALIDATION_FAILED', 'The end date must not be before the start date.', { details: [{ path: 'body.endDate', message: 'before start' }] });
    }
    if (input.categoryId) await this.#deps.categories.assertUsable(ownerId, input.categoryId, input.kind);
    const id = randomUUID();
    const now = this.#deps.repository.ts(this.#now());
    const row: RecurringRow = {
      id,
      user_id: ownerId,
      kind: input.kind,
      amount_minor: amountMinor,
      currency: input.currency,
      payee: input.payee,
      category_id: input.categoryId ?? null,
      tags: JSON.stringify(input.tags ?? []),
      account: input.account ?? defaultAccount,
      note: input.note ? this.#deps.cipher.encrypt(input.note, ruleNoteContext(id)) : null,
      cadence: input.cadence,
      interval: input.interval,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      next_index: 0,
      next_date: input.startDate,
      active: true,
      created_by: actorId,
      created_at: now,
      updated_at: now,
    };
    await this.#deps.repository.insert(row);
    return this.#view(row);
  }

  async list(ownerId: string): Promise<Recurring[]> {
    return (await this.#deps.repository.list(ownerId)).map((row) => this.#view(row));
  }

  async #get(ownerId: string, id: string): Promise<RecurringRow> {
    const row = await this.#deps.repository.find(ownerId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async update(ownerId: string, id: string, patch: RecurringPatch): Promise<Recurring> {
    const row = await this.#get(ownerId, id);
    const endDate = patch.endDate !== undefined ? patch.endDate : row.end_date;
    if (endDate && endDate < row.start_date) {
      throw new AppError('VALIDATION_FAILED', 'The end date must not be before the start date.', { details: [{ path: 'body.endDate', message: 'before start' }] });
    }
    const rule = { ...this.#rule(row), endDate };
    let nextIndex = row.next_index;
    if (patch.active === true && !row.active) {
      // Resuming does not back-fill the paused weeks: it carries on from today.
      const today = localDate(this.#now(), await this.#deps.timeZoneOf(ownerId));
      while (occurrenceDate(rule, nextIndex) < today) nextIndex += 1;
    }
    await this.#deps.repository.update(
      ownerId,
      id,
      {
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        end_date: endDate,
        next_index: nextIndex,
        next_date: nextOccurrence(rule, nextIndex),
      },
      this.#now(),
    );
    return this.#view(await this.#get(ownerId, id));
  }

  /** Stops the rule; transactions it already made stay (they are real history). */
  async remove(ownerId: string, id: string): Promise<void> {
    await this.#get(ownerId, id);
    await this.#deps.repository.delete(ownerId, id);
  }

  /**
   * Materialises every due occurrence of every active rule. Safe to run on several instances at
   * once and to re-run after a crash: the (rule, occurrence) unique key admits each occurrence
   * once, and a rule only moves on past occurrences that exist. Returns how many it created.
   */
  async materialiseDue(): Promise<number> {
    const now = this.#now();
    // Owners ahead of UTC may already be in tomorrow; each owner's own today is checked below.
    const horizon = addDays(now.toISOString().slice(0, 10), 1);
    let created = 0;
    // Passes over the due rules in (next_date, id) order, so rules not yet due in their owner's
    // time zone are paged past rather than filling every batch. Another pass only if this one
    // moved something on (a rule far behind may still be due); the round limit bounds the run.
    let after: { nextDate: string; id: string } | undefined;
    let progressed = false;
    for (let round = 0; round < 500; round += 1) {
      const batch = await this.#deps.repository.due(horizon, 200, after);
      const tail = batch.at(-1);
      if (!tail?.next_date) {
        if (!progressed) break;
        after = undefined;
        progressed = false;
        continue;
      }
      after = { nextDate: tail.next_date, id: tail.id };
      for (const rule of batch) {
        const today = localDate(now, await this.#deps.timeZoneOf(rule.user_id));
        const due = dueOccurrences(this.#rule(rule), rule.next_index, today, perSweep);
        const touched = new Set<string>();
        for (const occurrence of due) {
          if (await this.#deps.transactions.insertOccurrence(this.#occurrenceRow(rule, occurrence, now), JSON.parse(rule.tags) as string[])) {
            created += 1;
            touched.add(occurrence.date.slice(0, 7));
          }
        }
        const last = due.at(-1);
        if (last) {
          await this.#deps.repository.advance(rule.id, rule.next_index, last.index + 1, nextOccurrence(this.#rule(rule), last.index + 1), now);
          progressed = true;
        }
        if (touched.size > 0) await this.#deps.budgets.checkAlerts(rule.user_id, [...touched].map((month) => ({ month, currency: rule.currency })));
      }
    }
    return created;
  }

  #occurrenceRow(rule: RecurringRow, occurrence: { index: number; date: string }, now: Date) {
    const id = randomUUID();
    const note = rule.note ? this.#deps.cipher.decrypt(rule.note, ruleNoteContext(rule.id)) : null;
    const at = this.#deps.transactions.ts(now);
    return {
      id,
      user_id: rule.user_id,
      kind: rule.kind,
      amount_minor: rule.amount_minor,
      currency: rule.currency,
      occurred_on: occurrence.date,
      payee: rule.payee,
      payee_key: payeeKey(rule.payee),
      category_id: rule.category_id,
      tags: rule.tags,
      account: rule.account,
      note: note ? this.#deps.cipher.encrypt(note, noteContext(id)) : null,
      recurring_id: rule.id,
      occurrence_index: occurrence.index,
      import_id: null,
      created_by: rule.created_by,
      created_at: at,
      updated_at: at,
    };
  }
}
