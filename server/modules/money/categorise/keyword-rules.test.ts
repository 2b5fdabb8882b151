import { describe, expect, it } from 'vitest';
import { defaultCategories } from './default-categories.ts';
import { matchKeywordRules, ruleKeys } from './keyword-rules.ts';
import { tokenise } from './normalise.ts';

const match = (text: string, kind: 'expense' | 'income' = 'expense') => matchKeywordRules(tokenise(text), kind);

describe('keyword rules', () => {
  it('only point at default category keys', () => {
    const keys = new Set(defaultCategories.map((category) => category.key));
    for (const key of ruleKeys) expect(keys.has(key)).toBe(true);
  });

  it.each<[string, 'expense' | 'income', string | null]>([
    ['TESCO STORES 3142 LONDON', 'expense', 'groceries'],
    ['WALMART SUPERCENTER #1234', 'expense', 'groceries'],
    ['UBER *TRIP', 'expense', 'transport'],
    ['UBER EATS', 'expense', 'dining'],
    ['AMAZON PRIME*1A2B3', 'expense', 'subscriptions'],
    ['AMZN Mktp DE*2K4', 'expense', 'shopping'],
    ['PAYPAL *SPOTIFY', 'expense', 'subscriptions'],
    ['SEPA-LASTSCHRIFT STADTWERKE', 'expense', 'utilities'],
    ['MARIEN-APOTHEKE', 'expense', 'health'],
    ['MARIENAPOTHEKE', 'expense', 'health'],
    ['ALLIANZ VERSICHERUNGS-AG', 'expense', 'insurance'],
    ['ATM FEE', 'expense', 'fees'],
    ['LINK ATM 1234', 'expense', 'other_expense'],
    ['SHELL 0042', 'expense', 'transport'],
    ['RYANAIR FR1234', 'expense', 'travel'],
    ['Pharmacie du Centre', 'expense', 'health'],
    ['ACME LTD PAYROLL', 'income', 'salary'],
    ['INTEREST PAID', 'income', 'other_income'],
    ['AMAZON.COM REFUND', 'income', 'other_income'],
    // An expense rule never answers for income, and an unknown shop gets nothing.
    ['TESCO STORES 3142', 'income', null],
    ['J BLOGGS', 'expense', null],
  ])('%s (%s) -> %s', (text, kind, expected) => {
    expect(match(text, kind)?.key ?? null).toBe(expected);
  });

  it('reports a tie between categories as contested', () => {
    expect(match('pizza pharmacy')).toMatchObject({ key: 'dining', contested: true });
    expect(match('pizza')).toMatchObject({ key: 'dining', contested: false });
  });
});
