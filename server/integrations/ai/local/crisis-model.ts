/**
 * The learned part of the crisis detector: an L2-regularised logistic regression over the
 * features in crisis-features.ts (word unigrams and bigrams with negation marks, character
 * 3-5-grams, a few flags and the rule layer's own strengths), trained by crisis-train.ts on the
 * labelled sets in data/ and stored as crisis-model.json beside this file (loaded once, on first
 * use). See README.md for the method and the leave-one-writer-out figures.
 *
 * A text's probability is the highest over its windows (crisis-features.ts), so a long entry is
 * as sensitive as a short one. Scoring is linear in the text: each window is at most
 * `maxWindowUnits` units, and each unit starts at most one window.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Sentence } from './crisis-normalise.ts';
import { unitsOf, windowFeatures, windowsOf, type RuleStrengths, type Unit } from './crisis-features.ts';

export interface CrisisModel {
  /** What this is and how it was made; not read by the code. */
  about: string;
  /** Flag when the probability is at or above this (chosen by leave-one-writer-out cross-validation). */
  threshold: number;
  /** The L2 penalty it was trained with (lambda, per example). */
  l2: number;
  /** Gradient-descent iterations it was trained with. */
  iterations: number;
  bias: number;
  weights: Record<string, number>;
}

export interface LoadedModel {
  threshold: number;
  bias: number;
  weights: ReadonlyMap<string, number>;
}

export const modelFile = path.join(import.meta.dirname, 'crisis-model.json');

export function toLoaded(model: Pick<CrisisModel, 'threshold' | 'bias' | 'weights'>): LoadedModel {
  return { threshold: model.threshold, bias: model.bias, weights: new Map(Object.entries(model.weights)) };
}

let cached: LoadedModel | undefined;

/** The stored model, read once. Throws if the file is missing or malformed (a deployment error). */
export function crisisModel(): LoadedModel {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(modelFile, 'utf8')) as Partial<CrisisModel>;
  if (typeof raw.threshold !== 'number' || typeof raw.bias !== 'number' || typeof raw.weights !== 'object' || raw.weights === null) {
    throw new Error(`crisis model ${modelFile} is malformed`);
  }
  for (const value of Object.values(raw.weights)) if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`crisis model ${modelFile} has a non-numeric weight`);
  cached = toLoaded({ threshold: raw.threshold, bias: raw.bias, weights: raw.weights });
  return cached;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's logit for one feature vector. */
export function logitOf(model: LoadedModel, features: ReadonlyMap<string, number>): number {
  let z = model.bias;
  for (const [key, value] of features) z += (model.weights.get(key) ?? 0) * value;
  return z;
}

/**
 * Probability (0..1) that the text is a crisis, the highest over its windows; 0 for a text with no
 * words. `rules` are the rule layer's strengths per sentence, in the same order as `sentences`.
 */
export function modelProbability(sentences: readonly Sentence[], rules: readonly RuleStrengths[], ruledOut: readonly boolean[], model: LoadedModel = crisisModel()): number {
  // A sentence where the rules matched a phrase and ruled it out ("I would never kill myself",
  // "she wanted to die", "I'd rather die than sing karaoke") is theirs to judge: windows run
  // between such sentences, never across them.
  const units = unitsOf(sentences);
  let best = Number.NEGATIVE_INFINITY;
  let start = 0;
  for (let end = 0; end <= units.length; end += 1) {
    if (end < units.length && !ruledOut[(units[end] as Unit).sentence]) continue;
    const run = units.slice(start, end);
    for (const [first, last] of windowsOf(run)) best = Math.max(best, logitOf(model, windowFeatures(run, first, last, rules)));
    start = end + 1;
  }
  return best === Number.NEGATIVE_INFINITY ? 0 : sigmoid(best);
}
