import type { AiProvider } from '../../integrations/ai/provider.ts';
import { createLocalCategoriser } from './categorise/local-categoriser.ts';
import type { CategoryService } from './categories.service.ts';
import type { TransactionRepository } from './transactions.repository.ts';

/** How much of the owner's history the local categoriser learns from. */
const historyRows = 3000;
/** Below this local confidence, a configured external AI is asked too. */
const askAiBelow = 0.5;

export interface Suggestion {
  categoryId: string;
  name: string;
  confidence: number;
  source: 'history' | 'rules' | 'ai';
}

/**
 * Category suggestions the person confirms; nothing here changes a transaction. The local
 * categoriser learns from the owner's own categorised history (payees only: notes are encrypted
 * and stay out of it); an external provider is asked only when configured and the local answer is
 * weak, and then only with the payee, the kind and the category names.
 */
export class SuggestService {
  readonly #transactions: TransactionRepository;
  readonly #categories: CategoryService;
  readonly #provider: AiProvider;

  constructor(transactions: TransactionRepository, categories: CategoryService, provider: AiProvider) {
    this.#transactions = transactions;
    this.#categories = categories;
    this.#provider = provider;
  }

  async suggest(ownerId: string, input: { payee: string; note?: string | undefined; kind: 'expense' | 'income' }): Promise<Suggestion | null> {
    const [history, rows] = await Promise.all([this.#transactions.labelled(ownerId, historyRows), this.#categories.rows(ownerId)]);
    const categories = rows.map((row) => ({ id: row.id, key: row.key, name: row.name, kind: row.kind, archived: row.archived_at !== null }));
    const names = new Map(categories.map((category) => [category.id, category.name]));
    const categoriser = createLocalCategoriser(
      history.flatMap((row) => (row.category_id ? [{ payee: row.payee, note: null, kind: row.kind, categoryId: row.category_id, date: row.occurred_on }] : [])),
      categories,
    );
    const local = categoriser.suggest({ payee: input.payee, note: input.note ?? null, kind: input.kind });
    if ((!local || local.confidence < askAiBelow) && this.#provider.suggestCategory) {
      const usable = categories.filter((category) => category.kind === input.kind && !category.archived);
      const answer = await this.#provider.suggestCategory({ payee: input.payee, note: null, kind: input.kind, categories: usable.map(({ id, name }) => ({ id, name })), userId: ownerId });
      const name = answer && names.get(answer.categoryId);
      if (answer && name && (!local || answer.confidence > local.confidence)) return { categoryId: answer.categoryId, name, confidence: answer.confidence, source: 'ai' };
    }
    if (!local) return null;
    return { categoryId: local.categoryId, name: names.get(local.categoryId) ?? '', confidence: local.confidence, source: local.source };
  }
}
