import { defaultCategories, type CategoryKind } from './default-categories.ts';
import { matchKeywordRules } from './keyword-rules.ts';
import { NaiveBayes } from './naive-bayes.ts';
import { payeeKey, tokenise } from './normalise.ts';

/** A transaction the person has already categorised (their confirmed history). */
export interface CategorisedTransaction {
  payee: string;
  note: string | null;
  kind: CategoryKind;
  categoryId: string;
  /** ISO date (YYYY-MM-DD); newer transactions count more. */
  date: string;
}

/** One of the person's categories: seeded ones have a `key`, ones they made up have null. */
export interface UserCategory {
  id: string;
  key: string | null;
  name: string;
  kind: CategoryKind;
  archived: boolean;
}

export interface TransactionToCategorise {
  payee: string;
  note: string | null;
  kind: CategoryKind;
}

/** A suggestion the person confirms or changes; never applied silently. */
export interface CategorySuggestion {
  categoryId: string;
  /** Estimated probability (0..1) that this is the category the person will confirm. */
  confidence: number;
  source: 'history' | 'rules';
  reason: 'same_payee' | 'similar_words' | 'keyword';
}

export interface LocalCategoriser {
  suggest(transaction: TransactionToCategorise): CategorySuggestion | null;
}

export interface LocalCategoriserOptions {
  /** Below this confidence the categoriser says nothing (null). Default 0.5. */
  minConfidence?: number;
  /** Age at which a past transaction counts half as much as the newest one. Default 365 days. */
  halfLifeDays?: number;
}

/**
 * Confidence of a keyword rule. Deliberately below the 99% such matches scored on the evaluation
 * sample, which flatters the rules (README.md): real statements have more ambiguous merchants.
 */
const ruleConfidence = { brand: 0.8, word: 0.65 } as const;
/** Two categories matched equally specifically: the rule is much less sure. */
const contestedFactor = 0.6;

const dayMs = 86_400_000;

function nameTokens(text: string): string {
  return tokenise(text).join(' ');
}

/**
 * Suggests a category from the person's own history first, then general keyword rules:
 * 1. the same payee (normalised) seen before: its most frequent category, recent ones weighing
 *    more, with Laplace's rule of succession as the confidence (seen once: 2/3);
 * 2. multinomial naive Bayes over payee and note words learned from the history;
 * 3. keyword rules, mapped to the person's category with that key or a custom one of that name.
 * Only active categories of the transaction's kind are ever suggested. Building is linear in the
 * history (payee and note strings are tokenised once each); a suggestion costs microseconds.
 */
export function createLocalCategoriser(history: readonly CategorisedTransaction[], categories: readonly UserCategory[], options: LocalCategoriserOptions = {}): LocalCategoriser {
  const minConfidence = options.minConfidence ?? 0.5;
  const halfLifeDays = options.halfLifeDays ?? 365;
  const active = new Map(categories.filter((category) => !category.archived).map((category) => [category.id, category]));

  // Histories repeat the same payee, note and date strings: each is parsed once.
  const tokenCache = new Map<string, string[]>();
  const cachedTokens = (text: string | null): string[] => {
    if (!text) return [];
    let tokens = tokenCache.get(text);
    if (!tokens) {
      tokens = tokenise(text);
      tokenCache.set(text, tokens);
    }
    return tokens;
  };
  const dayCache = new Map<string, number>();
  const dayOf = (date: string): number => {
    let day = dayCache.get(date);
    if (day === undefined) {
      day = Math.floor(Date.parse(date) / dayMs);
      dayCache.set(date, day);
    }
    return day;
  };

  let newest = Number.NEGATIVE_INFINITY;
  for (const row of history) {
    const day = dayOf(row.date);
    if (day > newest) newest = day;
  }

  /** kind + payee key -> category id -> recency-weighted count. */
  const byPayee = new Map<string, Map<string, number>>();
  const models: Record<CategoryKind, NaiveBayes> = { expense: new NaiveBayes(), income: new NaiveBayes() };
  for (const row of history) {
    // A row filed under a category that no longer exists, is archived, or is of the other kind teaches nothing usable.
    if (active.get(row.categoryId)?.kind !== row.kind) continue;
    const day = dayOf(row.date);
    // An unparseable date counts as new: better than dropping what the person confirmed.
    const weight = Number.isFinite(day) ? 0.5 ** ((newest - day) / halfLifeDays) : 1;
    const payeeTokens = cachedTokens(row.payee);
    const noteTokens = cachedTokens(row.note);
    if (payeeTokens.length > 0) {
      const key = `${row.kind}\u0000${payeeTokens.join(' ')}`;
      let counts = byPayee.get(key);
      if (!counts) {
        counts = new Map<string, number>();
        byPayee.set(key, counts);
      }
      counts.set(row.categoryId, (counts.get(row.categoryId) ?? 0) + weight);
    }
    models[row.kind].learn(noteTokens.length > 0 ? [...payeeTokens, ...noteTokens] : payeeTokens, row.categoryId, weight);
  }

  // Naive Bayes chooses among the active categories the history actually uses: a category with
  // no examples would get a flat likelihood that outscores real but imperfect evidence. With a
  // single one there is nothing to compare, and the answer would be certain by construction.
  const learned: Record<CategoryKind, string[]> = { expense: [], income: [] };
  for (const category of active.values()) if (models[category.kind].knows(category.id)) learned[category.kind].push(category.id);

  function fromSamePayee(transaction: TransactionToCategorise): CategorySuggestion | null {
    const key = payeeKey(transaction.payee);
    const counts = key ? byPayee.get(`${transaction.kind}\u0000${key}`) : undefined;
    if (!counts) return null;
    let best: [string, number] | null = null;
    let total = 0;
    for (const entry of counts) {
      total += entry[1];
      if (!best || entry[1] > best[1]) best = entry;
    }
    if (!best) return null;
    return { categoryId: best[0], confidence: (best[1] + 1) / (total + 2), source: 'history', reason: 'same_payee' };
  }

  function fromSimilarWords(transaction: TransactionToCategorise): CategorySuggestion | null {
    const tokens = [...tokenise(transaction.payee), ...tokenise(transaction.note)];
    const labels = learned[transaction.kind];
    if (labels.length < 2) return null;
    const result = models[transaction.kind].classify(tokens, labels);
    if (!result) return null;
    return { categoryId: result.label, confidence: result.probability, source: 'history', reason: 'similar_words' };
  }

  function fromRules(transaction: TransactionToCategorise): CategorySuggestion | null {
    const match = matchKeywordRules([...tokenise(transaction.payee), ...tokenise(transaction.note)], transaction.kind);
    if (!match) return null;
    const category = categoryForKey(match.key, transaction.kind);
    if (!category) return null;
    const confidence = ruleConfidence[match.strength] * (match.contested ? contestedFactor : 1);
    return { categoryId: category.id, confidence, source: 'rules', reason: 'keyword' };
  }

  /** The person's category with this key, else a custom one named like the default (a seeded one they deleted and re-made). */
  function categoryForKey(key: string, kind: CategoryKind): UserCategory | undefined {
    const candidates = [...active.values()].filter((category) => category.kind === kind);
    const seeded = candidates.find((category) => category.key === key);
    if (seeded) return seeded;
    const fallback = defaultCategories.find((category) => category.key === key);
    const names = new Set([nameTokens(key.replace(/_/g, ' ')), fallback ? nameTokens(fallback.name) : '']);
    return candidates.find((category) => category.key === null && names.has(nameTokens(category.name)));
  }

  return {
    suggest(transaction) {
      for (const source of [fromSamePayee, fromSimilarWords, fromRules]) {
        const suggestion = source(transaction);
        if (suggestion && suggestion.confidence >= minConfidence) return suggestion;
      }
      return null;
    },
  };
}
