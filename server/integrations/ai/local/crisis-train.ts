/**
 * Training and leave-one-writer-out evaluation of the learned crisis model (crisis-model.ts).
 * Used by train-crisis-model.ts (writes crisis-model.json) and bench/ai-eval.ts (prints the
 * table). Deterministic: full-batch gradient descent from zero, no random numbers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseRules, combine } from './crisis.ts';
import type { CrisisResult } from './crisis-patterns.ts';
import { unitsOf, windowFeatures } from './crisis-features.ts';
import { modelProbability, sigmoid, toLoaded, type LoadedModel } from './crisis-model.ts';
import type { Sentence } from './crisis-normalise.ts';
import type { CrisisSignal } from './crisis-patterns.ts';

export interface LabelledRow {
  text: string;
  label: 'crisis' | 'safe';
}

export const dataDir = path.join(import.meta.dirname, 'data');
/** The independent writers (one fold each) and the two development sets (always in training). */
export const writerFiles = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `crisis-writer-${n}.json`);
export const devFiles = ['crisis-dev-a.json', 'crisis-dev-b.json'];
/**
 * Ordinary journal writing with no risk at all (1,000 texts, two more writers). The writer sets
 * are mostly crisis texts and hard negatives, so without these a model learns "journal-like =
 * risk"; they are dealt round the folds, one share tested with each writer, so the
 * cross-validation also measures false alarms on everyday entries.
 */
export const everydayFiles = ['crisis-everyday.json', 'crisis-everyday-2.json', 'crisis-everyday-3.json'];

/** One fold per writer: that writer's texts, plus an equal share of the everyday texts. */
export function foldsOf(): Prepared[][] {
  const everyday = prepare(everydayFiles.flatMap(readRows)).map((example) => ({ ...example, everyday: true }));
  return writerFiles.map((file, fold) => [...prepare(readRows(file)), ...everyday.filter((_, index) => index % writerFiles.length === fold)]);
}

export function readRows(file: string): LabelledRow[] {
  return JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as LabelledRow[];
}

/** A labelled text with everything that does not depend on the model computed once. */
export interface Prepared {
  crisis: boolean;
  rules: CrisisResult;
  sentences: Sentence[];
  ruleStrengths: Array<Map<CrisisSignal, number>>;
  ruledOut: boolean[];
  /** The whole text as one window: what the model is trained on. */
  features: Map<string, number>;
  /** An ordinary entry (crisis-everyday.json) rather than one of a writer's test texts. */
  everyday?: boolean;
}

export function prepare(rows: readonly LabelledRow[]): Prepared[] {
  return rows.map((row) => {
    const { rules, sentences, ruleStrengths, ruledOut } = analyseRules(row.text);
    const units = unitsOf(sentences);
    const features = units.length > 0 ? windowFeatures(units, 0, units.length - 1, ruleStrengths) : new Map<string, number>();
    return { crisis: row.label === 'crisis', rules, sentences, ruleStrengths, ruledOut, features };
  });
}

export interface TrainOptions {
  /** L2 penalty per example (the objective is mean log-loss + l2/2 * |w|^2; the bias is not penalised). */
  l2: number;
  /** Keep features seen in at least this many training texts. */
  minDf: number;
  iterations?: number;
  /**
   * Scale each feature by its naive Bayes log-count ratio before fitting (NB-LR, after Wang &
   * Manning 2012); the stored weight already includes the scale.
   */
  nb?: boolean;
}

export interface Trained {
  bias: number;
  weights: Record<string, number>;
}

/** L2-regularised logistic regression by Nesterov-accelerated gradient descent. */
export function train(examples: readonly Prepared[], options: TrainOptions): Trained {
  const df = new Map<string, number>();
  for (const example of examples) for (const key of example.features.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const keys = [...df.entries()].filter(([, count]) => count >= options.minDf).map(([key]) => key).sort();
  const index = new Map(keys.map((key, i) => [key, i]));
  const scale = new Float64Array(keys.length).fill(1);
  if (options.nb) {
    // r = log((p / |p|) / (q / |q|)) with add-one smoothing over presence counts.
    const positive = new Float64Array(keys.length).fill(1);
    const negative = new Float64Array(keys.length).fill(1);
    for (const example of examples) {
      const counts = example.crisis ? positive : negative;
      for (const key of example.features.keys()) {
        const i = index.get(key);
        if (i !== undefined) counts[i] = (counts[i] as number) + 1;
      }
    }
    const sumP = positive.reduce((a, b) => a + b, 0);
    const sumN = negative.reduce((a, b) => a + b, 0);
    for (let i = 0; i < keys.length; i += 1) scale[i] = Math.abs(Math.log(((positive[i] as number) / sumP) / ((negative[i] as number) / sumN)));
  }
  const rows = examples.map((example) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [key, value] of example.features) {
      const i = index.get(key);
      if (i !== undefined) {
        idx.push(i);
        val.push(value * (scale[i] as number));
      }
    }
    return { idx, val, y: example.crisis ? 1 : 0 };
  });
  const n = rows.length;
  let maxNorm = 0;
  for (const row of rows) maxNorm = Math.max(maxNorm, row.val.reduce((sum, v) => sum + v * v, 1));
  const step = 1 / (0.25 * maxNorm + options.l2);
  const dim = keys.length + 1; // the last one is the bias
  let w = new Float64Array(dim);
  let previous = new Float64Array(dim);
  const gradient = new Float64Array(dim);
  const iterations = options.iterations ?? 1500;
  for (let t = 1; t <= iterations; t += 1) {
    // Look-ahead point y = w + (t-1)/(t+2) (w - previous).
    const momentum = (t - 1) / (t + 2);
    const y = new Float64Array(dim);
    for (let j = 0; j < dim; j += 1) y[j] = (w[j] as number) + momentum * ((w[j] as number) - (previous[j] as number));
    gradient.fill(0);
    for (const row of rows) {
      let z = y[dim - 1] as number;
      for (let k = 0; k < row.idx.length; k += 1) z += (y[row.idx[k] as number] as number) * (row.val[k] as number);
      const error = (sigmoid(z) - row.y) / n;
      for (let k = 0; k < row.idx.length; k += 1) gradient[row.idx[k] as number] = (gradient[row.idx[k] as number] as number) + error * (row.val[k] as number);
      gradient[dim - 1] = (gradient[dim - 1] as number) + error;
    }
    for (let j = 0; j < dim - 1; j += 1) gradient[j] = (gradient[j] as number) + options.l2 * (y[j] as number);
    previous = w;
    w = new Float64Array(dim);
    for (let j = 0; j < dim; j += 1) w[j] = (y[j] as number) - step * (gradient[j] as number);
  }
  const weights: Record<string, number> = {};
  keys.forEach((key, j) => {
    const rounded = Math.round((w[j] as number) * (scale[j] as number) * 1e4) / 1e4;
    if (rounded !== 0) weights[key] = rounded;
  });
  return { bias: Math.round((w[dim - 1] as number) * 1e4) / 1e4, weights };
}

export function loadedOf(trained: Trained, threshold: number): LoadedModel {
  return toLoaded({ threshold, bias: trained.bias, weights: trained.weights });
}

// --- leave-one-writer-out ------------------------------------------------------------------------

/** One test text's outcome in cross-validation. */
export interface Scored {
  fold: number;
  crisis: boolean;
  everyday: boolean;
  rulesFlag: boolean;
  probability: number;
}

/** Out-of-fold scores: for each writer, a model trained on the other writers and the dev sets. */
export function crossValidate(folds: readonly Prepared[][], dev: readonly Prepared[], options: TrainOptions): Scored[] {
  const scored: Scored[] = [];
  folds.forEach((test, fold) => {
    const training = [...folds.filter((_, other) => other !== fold).flat(), ...dev];
    const model = loadedOf(train(training, options), 0.5);
    for (const example of test) {
      scored.push({ fold, crisis: example.crisis, everyday: example.everyday === true, rulesFlag: example.rules.level !== 'none', probability: modelProbability(example.sentences, example.ruleStrengths, example.ruledOut, model) });
    }
  });
  return scored;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

export function countsOf(pairs: ReadonlyArray<{ crisis: boolean; flagged: boolean }>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { crisis, flagged } of pairs) {
    if (flagged && crisis) tp += 1;
    else if (flagged) fp += 1;
    else if (crisis) fn += 1;
    else tn += 1;
  }
  return { tp, fp, fn, tn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

export type Method = 'rules' | 'model' | 'combined';

export function flaggedBy(method: Method, item: Scored, threshold: number): boolean {
  if (method === 'rules') return item.rulesFlag;
  const byModel = item.probability >= threshold;
  if (method === 'model') return byModel;
  return combine({ level: item.rulesFlag ? 'concern' : 'none', signals: [] }, item.probability, threshold).level !== 'none';
}

/** Precision and recall on the writers' texts (half crisis, half hard negatives), as the blind sets are built. */
export function evaluate(scored: readonly Scored[], method: Method, threshold: number, fold?: number): Counts {
  return countsOf(scored.filter((item) => !item.everyday && (fold === undefined || item.fold === fold)).map((item) => ({ crisis: item.crisis, flagged: flaggedBy(method, item, threshold) })));
}

/** Share of the ordinary everyday entries flagged: the false alarms a person would actually meet. */
export function everydayAlarmRate(scored: readonly Scored[], method: Method, threshold: number, fold?: number): number {
  const everyday = scored.filter((item) => item.everyday && (fold === undefined || item.fold === fold));
  return everyday.filter((item) => flaggedBy(method, item, threshold)).length / Math.max(1, everyday.length);
}

/**
 * The threshold for the combination, from pooled out-of-fold scores: among thresholds whose
 * pooled precision is at least `minPrecision`, the highest recall; among those, the middle of
 * the range (so a small shift in calibration on a new writer moves neither end much).
 */
export function chooseThreshold(scored: readonly Scored[], minPrecision = 0.8, maxEverydayAlarms = 0.15): { threshold: number; counts: Counts } {
  const candidates = [...new Set(scored.map((item) => Math.round(item.probability * 1000) / 1000))].sort((a, b) => a - b);
  let bestRecall = -1;
  let range: number[] = [];
  for (const threshold of candidates) {
    if (threshold <= 0) continue;
    const counts = evaluate(scored, 'combined', threshold);
    if (counts.precision < minPrecision || everydayAlarmRate(scored, 'combined', threshold) > maxEverydayAlarms) continue;
    if (counts.recall > bestRecall + 1e-9) {
      bestRecall = counts.recall;
      range = [threshold];
    } else if (Math.abs(counts.recall - bestRecall) < 1e-9) range.push(threshold);
  }
  const threshold = range[Math.floor((range.length - 1) / 2)] ?? 0.5;
  return { threshold, counts: evaluate(scored, 'combined', threshold) };
}

/** The leave-one-writer-out table (rules / model / combined, per fold and pooled) as printable lines. */
export function lowoTable(scored: readonly Scored[], threshold: number, foldNames: readonly string[]): string[] {
  const cell = (counts: Counts) => `${counts.precision.toFixed(3)} / ${counts.recall.toFixed(3)}`.padEnd(17);
  const alarms = (fold?: number) => `${(100 * everydayAlarmRate(scored, 'combined', threshold, fold)).toFixed(1)}%`.padEnd(9);
  const lines = [`${'test writer'.padEnd(24)} ${'rules P / R'.padEnd(17)} ${`model P / R`.padEnd(17)} ${'combined P / R'.padEnd(17)} everyday flagged (threshold ${threshold})`];
  foldNames.forEach((name, fold) => {
    lines.push(`${name.padEnd(24)} ${cell(evaluate(scored, 'rules', threshold, fold))} ${cell(evaluate(scored, 'model', threshold, fold))} ${cell(evaluate(scored, 'combined', threshold, fold))} ${alarms(fold)}`);
  });
  const pooled = evaluate(scored, 'combined', threshold);
  lines.push(`${'pooled'.padEnd(24)} ${cell(evaluate(scored, 'rules', threshold))} ${cell(evaluate(scored, 'model', threshold))} ${cell(pooled)} ${alarms()} (TP ${pooled.tp}, FP ${pooled.fp}, FN ${pooled.fn}, TN ${pooled.tn})`);
  return lines;
}
