import { describe, expect, it } from 'vitest';
import { defaultCategories } from './default-categories.ts';
import { createLocalCategoriser, type CategorisedTransaction, type UserCategory } from './local-categoriser.ts';

const seeded: UserCategory[] = defaultCategories.map((category) => ({ id: `c-${category.key}`, key: category.key, name: category.name, kind: category.kind, archived: false }));
const petsCategory: UserCategory = { id: 'c-pets', key: null, name: 'Pets', kind: 'expense', archived: false };

const row = (payee: string, categoryId: string, date = '2026-01-10', note: string | null = null, kind: 'expense' | 'income' = 'expense'): CategorisedTransaction => ({ payee, note, kind, categoryId, date });
const expense = (payee: string, note: string | null = null) => ({ payee, note, kind: 'expense' as const });

describe('local categoriser', () => {
  it.each<[string, CategorisedTransaction[], UserCategory[], { payee: string; note: string | null; kind: 'expense' | 'income' }, object | null]>([
    ['cold start: a keyword rule, mapped by key', [], seeded, expense('TESCO STORES 3142'), { categoryId: 'c-groceries', source: 'rules', reason: 'keyword' }],
    ['cold start: nothing known', [], seeded, expense('J BLOGGS'), null],
    ['the same payee wins over the rules', [row('TESCO STORES 1111 LONDON', 'c-pets')], [...seeded, petsCategory], expense('TESCO STORES 9999 LONDON'), { categoryId: 'c-pets', source: 'history', reason: 'same_payee' }],
    ['never an archived category: falls through to the rules', [row('TESCO', 'c-pets')], [...seeded, { ...petsCategory, archived: true }], expense('TESCO'), { categoryId: 'c-groceries', reason: 'keyword' }],
    ['never the wrong kind', [row('ACME LTD', 'c-salary', '2026-01-01', null, 'income')], seeded, expense('ACME LTD'), null],
    ['a rule finds a re-made custom category by name', [], [...seeded.filter((category) => category.key !== 'groceries'), { id: 'c-mine', key: null, name: 'groceries', kind: 'expense', archived: false }], expense('LIDL'), { categoryId: 'c-mine', reason: 'keyword' }],
    ['no category for the rule: nothing', [], seeded.filter((category) => category.key !== 'groceries'), expense('LIDL'), null],
    ['income rules', [], seeded, { payee: 'ACME PAYROLL', note: null, kind: 'income' }, { categoryId: 'c-salary', reason: 'keyword' }],
  ])('%s', (_name, history, categories, transaction, expected) => {
    const suggestion = createLocalCategoriser(history, categories).suggest(transaction);
    if (expected === null) expect(suggestion).toBeNull();
    else expect(suggestion).toMatchObject(expected);
  });

  it.each<[string, { payee: string; note: string | null; kind: 'expense' }]>([
    ['payee and note words', expense('ZOOPLUS PETS', 'dog bed')],
    ['note words', expense('EBAY 123', 'dog food')],
  ])('learns similar words from a longer history: %s', (_name, transaction) => {
    // Naive Bayes needs some history before it is sure: a few pet purchases among everyday ones.
    const everyday = ['TESCO', 'LIDL', 'PRET', 'UBER', 'SHELL', 'BOOTS', 'ODEON', 'NETFLIX'].flatMap((payee, index) => [row(`${payee} ${index}`, seeded[index % 8]!.id), row(`${payee} LONDON`, seeded[index % 8]!.id)]);
    const pets = [row('PETS AT HOME', 'c-pets', '2026-01-01', 'dog food'), row('PETS CORNER', 'c-pets', '2026-01-02'), row('JOLLYES PETS', 'c-pets', '2026-01-03', 'dog bed'), row('ZOOPLUS', 'c-pets', '2026-01-04', 'dog food')];
    const suggestion = createLocalCategoriser([...everyday, ...pets], [...seeded, petsCategory]).suggest(transaction);
    expect(suggestion).toMatchObject({ categoryId: 'c-pets', source: 'history', reason: 'similar_words' });
  });

  it('follows the most frequent category of a payee, recent ones counting more', () => {
    const history = [row('ZEPHYR TRADING', 'c-groceries', '2024-01-01'), row('ZEPHYR TRADING', 'c-groceries', '2024-02-01'), row('ZEPHYR TRADING', 'c-shopping', '2026-03-01'), row('ZEPHYR TRADING', 'c-shopping', '2026-03-02')];
    const suggestion = createLocalCategoriser(history, seeded).suggest(expense('ZEPHYR TRADING'));
    expect(suggestion?.categoryId).toBe('c-shopping');
    expect(suggestion?.confidence).toBeGreaterThan(0.5);
    expect(suggestion?.confidence).toBeLessThan(1);
  });

  it('grows more confident as a payee repeats (rule of succession)', () => {
    const once = createLocalCategoriser([row('ZEPHYR TRADING', 'c-groceries')], seeded).suggest(expense('ZEPHYR TRADING'));
    const thrice = createLocalCategoriser([1, 2, 3].map((day) => row('ZEPHYR TRADING', 'c-groceries', `2026-01-0${day}`)), seeded).suggest(expense('ZEPHYR TRADING'));
    expect(once?.confidence).toBeCloseTo(2 / 3, 2);
    expect(thrice?.confidence ?? 0).toBeGreaterThan(once?.confidence ?? 1);
  });

  it('ignores history rows whose category is missing or of the other kind', () => {
    const history = [row('ZEPHYR TRADING', 'c-deleted'), row('ZEPHYR TRADING', 'c-salary')];
    expect(createLocalCategoriser(history, seeded).suggest(expense('ZEPHYR TRADING'))).toBeNull();
  });

  it('is deterministic and keeps confidences within 0..1', () => {
    const history = Array.from({ length: 200 }, (_, index) => row(`SHOP ${index % 7} WORD${index % 3 === 0 ? ' FRESH' : ''}`, index % 2 ? 'c-groceries' : 'c-shopping', `2026-01-${String((index % 28) + 1).padStart(2, '0')}`));
    const first = createLocalCategoriser(history, seeded);
    const second = createLocalCategoriser(history, seeded);
    for (const payee of ['SHOP FRESH', 'FRESH MARKET', 'SHOP', 'TESCO', 'unknown']) {
      const suggestion = first.suggest(expense(payee));
      expect(second.suggest(expense(payee))).toEqual(suggestion);
      if (suggestion) expect(suggestion.confidence).toBeGreaterThanOrEqual(0.5);
      if (suggestion) expect(suggestion.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('respects a custom minimum confidence', () => {
    const strict = createLocalCategoriser([row('ZEPHYR TRADING', 'c-groceries')], seeded, { minConfidence: 0.9 });
    expect(strict.suggest(expense('ZEPHYR TRADING'))).toBeNull();
  });
});
