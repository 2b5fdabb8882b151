/**
 * Features of the learned part of the crisis detector (see crisis-model.ts), shared by training
 * (crisis-train.ts) and scoring so the two can never drift apart.
 *
 * The input is the detector's own normalised sentences (crisis-normalise.ts: contractions,
 * leetspeak, slang such as "kms", "unalive", "sewerslide"), so the model sees the same words the
 * rules do. A text is cut into units (sentences; a sentence of more than `maxUnitWords` words is
 * cut into overlapping pieces), and the model scores windows of up to `maxWindowUnits`
 * consecutive units (at most `maxWindowWords` words): every training text is one window, and a
 * long entry is the maximum over its windows, so one crisis sentence at the end of a long
 * ordinary entry is not diluted by the rest.
 *
 * Per window, all binary:
 * - `w:` word unigrams, with words after a negator (up to the end of the clause or a conjunction)
 *   written `w:NOT_word`; `b:` word bigrams within a clause;
 * - `c:` character 3-5-grams within words (with `<` and `>` marking the ends of a word), which
 *   carry misspellings and word forms ("overdos", "unaliv", "goodby");
 * - `f:` flags: first person, a question, talk of long ago, a joke marker, another person named
 *   before any first person;
 * - `r:` the rule layer's strength for each warning sign (0..1) and whether the rules reached
 *   `concern` / `crisis` on the window.
 * Word and character groups are each scaled to unit length (1/sqrt(count)), so a window's score
 * does not grow with its length.
 */
import type { Sentence } from './crisis-normalise.ts';
import { crisisSignals, type CrisisSignal } from './crisis-patterns.ts';
import { firstPerson, otherPerson } from './crisis-scope.ts';

export const maxUnitWords = 48;
export const maxWindowUnits = 4;
export const maxWindowWords = 72;

/** The rule layer's per-sign strengths for one sentence (0..1 each, at most 1 per sign). */
export type RuleStrengths = ReadonlyMap<CrisisSignal, number>;

/** One sentence or a piece of a long one, with its features already extracted. */
export interface Unit {
  words: number;
  wordKeys: Set<string>;
  charKeys: Set<string>;
  flags: Set<string>;
  /** Index of the sentence the unit came from (its rule strengths). */
  sentence: number;
}

const negators = new Set(['not', 'never', 'no', 'nor', 'neither', 'hardly', 'without', 'nothing', 'nobody']);
const scopeEnd = new Set(['and', 'but', 'because', 'though', 'although', 'yet', 'or', 'so', 'when', 'if', 'until', 'since', 'while']);

function charGrams(word: string, into: Set<string>): void {
  // Long tokens (a run of letters with no spaces) carry no more meaning: cap the work per word.
  const padded = `<${word.length > 24 ? word.slice(0, 24) : word}>`;
  for (let n = 3; n <= 5; n += 1) {
    for (let i = 0; i + n <= padded.length; i += 1) into.add(`c:${padded.slice(i, i + n)}`);
  }
}

/** Features of a list of clauses (one unit). */
function unitOf(clauses: string[][], sentence: Sentence, index: number): Unit {
  const wordKeys = new Set<string>();
  const charKeys = new Set<string>();
  const flags = new Set<string>();
  let words = 0;
  let sawFirst = false;
  for (const clause of clauses) {
    let negated = false;
    for (let i = 0; i < clause.length; i += 1) {
      const word = clause[i] as string;
      words += 1;
      if (scopeEnd.has(word)) negated = false;
      wordKeys.add(`w:${word}`);
      if (negated) wordKeys.add(`w:NOT_${word}`);
      if (negators.has(word) && !(word === 'no' && clause[i + 1] === 'one')) negated = true;
      if (i > 0) wordKeys.add(`b:${clause[i - 1] as string} ${word}`);
      charGrams(word, charKeys);
      if (firstPerson.has(word)) sawFirst = true;
      else if (!sawFirst && otherPerson.has(word)) flags.add('f:other_first');
    }
  }
  if (sawFirst) flags.add('f:first_person');
  if (sentence.question) flags.add('f:question');
  if (sentence.history) flags.add('f:history');
  if (sentence.humour) flags.add('f:joke');
  return { words, wordKeys, charKeys, flags, sentence: index };
}

/** Units of the normalised sentences: one per sentence, long sentences in overlapping pieces. */
export function unitsOf(sentences: readonly Sentence[]): Unit[] {
  const units: Unit[] = [];
  sentences.forEach((sentence, index) => {
    const clauses = sentence.clauses.map((clause) => clause.split(' ').filter(Boolean));
    const total = clauses.reduce((sum, clause) => sum + clause.length, 0);
    if (total <= maxUnitWords) {
      units.push(unitOf(clauses, sentence, index));
      return;
    }
    // Pieces of maxUnitWords words, every half of that, keeping clause boundaries inside a piece.
    const flat: Array<{ word: string; clause: number }> = [];
    clauses.forEach((clause, c) => clause.forEach((word) => flat.push({ word, clause: c })));
    const step = maxUnitWords / 2;
    for (let start = 0; start < flat.length; start += step) {
      const piece = flat.slice(start, start + maxUnitWords);
      const grouped: string[][] = [];
      let last = -1;
      for (const { word, clause } of piece) {
        if (clause !== last) grouped.push([]);
        (grouped[grouped.length - 1] as string[]).push(word);
        last = clause;
      }
      units.push(unitOf(grouped, sentence, index));
      if (start + maxUnitWords >= flat.length) break;
    }
  });
  return units;
}

/** Windows of consecutive units: [first, last] inclusive. Every unit starts one window (at most `maxWindowUnits` long), so a text has as many windows as units. */
export function windowsOf(units: readonly Unit[]): Array<[number, number]> {
  if (units.length === 0) return [];
  const windows: Array<[number, number]> = [];
  for (let first = 0; first < units.length; first += 1) {
    let last = first;
    let words = (units[first] as Unit).words;
    while (last + 1 < units.length && last + 1 - first < maxWindowUnits && words + (units[last + 1] as Unit).words <= maxWindowWords) {
      last += 1;
      words += (units[last] as Unit).words;
    }
    windows.push([first, last]);
  }
  return windows;
}

/** The sparse feature vector of one window, as key -> value. */
export function windowFeatures(units: readonly Unit[], first: number, last: number, rules: readonly RuleStrengths[]): Map<string, number> {
  const wordKeys = new Set<string>();
  const charKeys = new Set<string>();
  const features = new Map<string, number>();
  const sentences = new Set<number>();
  for (let i = first; i <= last; i += 1) {
    const unit = units[i] as Unit;
    for (const key of unit.wordKeys) wordKeys.add(key);
    for (const key of unit.charKeys) charKeys.add(key);
    for (const flag of unit.flags) features.set(flag, 1);
    sentences.add(unit.sentence);
  }
  const wordValue = 1 / Math.sqrt(Math.max(1, wordKeys.size));
  for (const key of wordKeys) features.set(key, wordValue);
  const charValue = 1 / Math.sqrt(Math.max(1, charKeys.size));
  for (const key of charKeys) features.set(key, charValue);
  // Rule strengths add up over the window's sentences, at most 1 per sign, as in the rule layer.
  let total = 0;
  for (const signal of crisisSignals) {
    let sum = 0;
    for (const index of sentences) sum += rules[index]?.get(signal) ?? 0;
    const strength = Math.min(1, sum);
    if (strength > 0) features.set(`r:${signal}`, strength);
    total += strength;
  }
  if (total >= 0.5) features.set('r:concern', 1);
  if (total >= 1) features.set('r:crisis', 1);
  return features;
}
