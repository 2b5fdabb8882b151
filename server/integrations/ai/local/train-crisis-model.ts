/**
 * Trains the learned part of the crisis detector and writes crisis-model.json beside this file.
 *
 *   PATH=$PWD/node_modules/.bin:$PATH node server/integrations/ai/local/train-crisis-model.ts [--l2=1e-4,3e-5] [--iterations=3000]
 *
 * For each L2 penalty given: leave-one-writer-out cross-validation (train on the other writers and the
 * dev sets, test on one), then the threshold for "rules OR model" from the pooled
 * out-of-fold scores (crisis-train.ts `chooseThreshold`). The penalty with the highest pooled
 * recall at precision >= 0.8 (then the higher precision) wins, and the final model is trained
 * with it on all the data. Deterministic: the same data gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { modelFile, type CrisisModel } from './crisis-model.ts';
import { chooseThreshold, crossValidate, devFiles, foldsOf, lowoTable, prepare, readRows, train, writerFiles, type Counts } from './crisis-train.ts';

const argument = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const penalties = (argument('l2') ?? '0.0001').split(',').map(Number);
const iterations = Number(argument('iterations') ?? 3000);
const minDf = 2;

const folds = foldsOf();
const dev = prepare(devFiles.flatMap(readRows));

let best: { l2: number; threshold: number; counts: Counts; table: string[] } | undefined;
for (const l2 of penalties) {
  const scored = crossValidate(folds, dev, { l2, minDf, iterations });
  const { threshold, counts } = chooseThreshold(scored);
  const table = lowoTable(scored, threshold, writerFiles);
  console.log(`\nl2 = ${l2}, ${iterations} iterations: threshold ${threshold}`);
  for (const line of table) console.log(`  ${line}`);
  if (!best || counts.recall > best.counts.recall || (counts.recall === best.counts.recall && counts.precision > best.counts.precision)) best = { l2, threshold, counts, table };
}
if (!best) throw new Error('no L2 penalty given');

const trained = train([...folds.flat(), ...dev], { l2: best.l2, minDf, iterations });
const model: CrisisModel & { crossValidation: string[] } = {
  about:
    'Daybook crisis detector, learned layer: L2-regularised logistic regression over crisis-features.ts (words, bigrams, negation marks, character 3-5-grams, flags, rule strengths), trained by train-crisis-model.ts on data/crisis-writer-*, crisis-dev-* and crisis-everyday*. Threshold from leave-one-writer-out cross-validation.',
  threshold: best.threshold,
  l2: best.l2,
  iterations,
  bias: trained.bias,
  weights: trained.weights,
  crossValidation: best.table,
};
writeFileSync(modelFile, `${JSON.stringify(model)}\n`);
console.log(`\nchosen l2 ${best.l2}, threshold ${best.threshold}: pooled precision ${best.counts.precision.toFixed(3)}, recall ${best.counts.recall.toFixed(3)}`);
console.log(`wrote ${modelFile}: ${Object.keys(trained.weights).length} weights`);
