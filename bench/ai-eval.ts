/**
 * Evaluates the local AI analysers (server/integrations/ai/local):
 * - sentiment: two published lexicon analysers from npm against Daybook's own, on the UCI
 *   labelled review sentences (../shared/data/sentiment, or SENTIMENT_DATA_DIR) and on a small
 *   journal-style set written for Daybook;
 * - crisis detection: precision and recall on the sets written for Daybook, and the
 *   leave-one-writer-out table of the rules, the learned model and the two combined.
 * Also how many sentences per second each runs at on this machine.
 *
 *   PATH=$PWD/node_modules/.bin:$PATH node bench/ai-eval.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { analyseRules, detectCrisis } from '../server/integrations/ai/local/crisis.ts';
import { modelFile, type CrisisModel } from '../server/integrations/ai/local/crisis-model.ts';
import { crossValidate, devFiles, evaluate, foldsOf, lowoTable, prepare, readRows, writerFiles } from '../server/integrations/ai/local/crisis-train.ts';
import { analyseSentiment, labelOf, type SentimentLabel } from '../server/integrations/ai/local/sentiment.ts';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const localData = path.join(root, 'server/integrations/ai/local/data');
const sentimentDir = process.env.SENTIMENT_DATA_DIR ?? path.resolve(root, '../shared/data/sentiment');

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

// --- the analysers ---------------------------------------------------------------------------------

const AfinnSentiment = require('sentiment') as new () => { analyze(text: string): { score: number; comparative: number } };
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };
const afinn = new AfinnSentiment();

interface Analyser {
  name: string;
  label: (text: string) => SentimentLabel;
}

/**
 * Neutral bands from each method's own definition, not tuned here: AFINN's score is a sum of
 * integer word ratings, so 0 means no net rated evidence; VADER's authors publish |compound| <
 * 0.05 as neutral, and Daybook's scorer keeps that cut-off.
 */
const analysers: Analyser[] = [
  { name: 'sentiment 5 (AFINN-165), neutral = score 0', label: (text) => {
    const { score } = afinn.analyze(text);
    return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  } },
  { name: 'vader-sentiment 1 (VADER), neutral |c| < 0.05', label: (text) => labelOf(vader.SentimentIntensityAnalyzer.polarity_scores(text).compound) },
  { name: 'Daybook local (VADER method+), |c| < 0.05', label: (text) => analyseSentiment(text).label },
];

// --- sentiment ------------------------------------------------------------------------------------

interface Review {
  text: string;
  class: 0 | 1;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const pad = (text: string, width: number) => text.padEnd(width);

function sentimentTable(): void {
  const files = ['amazon', 'imdb'].filter((name) => existsSync(path.join(sentimentDir, `${name}.json`)));
  const journalFile = path.join(localData, 'sentiment-journal.json');
  const journal = existsSync(journalFile) ? readJson<Array<{ text: string; label: SentimentLabel }>>(journalFile) : [];
  if (journal.length === 0) console.log(`  (no ${journalFile}: the journal column is left empty)`);
  console.log('Sentiment accuracy (UCI sentences are positive/negative: a neutral answer counts as wrong; "decided" is accuracy on the rest)');
  if (files.length === 0) console.log(`  (no UCI files found in ${sentimentDir}; set SENTIMENT_DATA_DIR)`);
  const sets = files.map((name) => ({ name, rows: readJson<Review[]>(path.join(sentimentDir, `${name}.json`)) }));
  const header = [pad('analyser', 46), ...sets.map((set) => pad(`${set.name} (n=${set.rows.length})`, 26)), pad('overall', 26), `journal 3-class (n=${journal.length})`];
  console.log(`  ${header.join(' ')}`);
  for (const analyser of analysers) {
    const cells: string[] = [];
    let allCorrect = 0;
    let allNeutral = 0;
    let allCount = 0;
    for (const set of sets) {
      let correct = 0;
      let neutral = 0;
      for (const row of set.rows) {
        const label = analyser.label(row.text);
        if (label === 'neutral') neutral += 1;
        else if ((label === 'positive' ? 1 : 0) === row.class) correct += 1;
      }
      allCorrect += correct;
      allNeutral += neutral;
      allCount += set.rows.length;
      cells.push(pad(`${pct(correct / set.rows.length)} (decided ${pct(correct / Math.max(1, set.rows.length - neutral))})`, 26));
    }
    cells.push(pad(allCount ? `${pct(allCorrect / allCount)} (decided ${pct(allCorrect / Math.max(1, allCount - allNeutral))})` : '-', 26));
    const journalCorrect = journal.filter((row) => analyser.label(row.text) === row.label).length;
    cells.push(journal.length > 0 ? pct(journalCorrect / journal.length) : '-');
    console.log(`  ${[pad(analyser.name, 46), ...cells].join(' ')}`);
  }
  const reference = sets.map((set) => {
    const correct = set.rows.filter((row) => (afinn.analyze(row.text).comparative >= 0 ? 1 : 0) === row.class).length;
    return `${set.name} ${pct(correct / set.rows.length)}`;
  });
  if (reference.length > 0) console.log(`  check: sentiment's own README rule (comparative >= 0 is positive, no neutral) gives ${reference.join(', ')}`);
}

// --- crisis ---------------------------------------------------------------------------------------

interface CrisisRow {
  text: string;
  label: 'crisis' | 'safe';
  note?: string;
}

/**
 * The writer sets are the folds of the leave-one-writer-out evaluation of the learned layer, and
 * the dev sets are always in its training data: the per-set figures below for the shipped
 * detector are therefore training-set figures, not estimates for unseen text (those are in the
 * leave-one-writer-out table). Extra sets (for example a blind one) can be scored by naming
 * them: CRISIS_SETS=/path/a.json,/path/b.json. Missing files are skipped.
 */
const crisisSets = [
  ...writerFiles.map((file) => ({ file, role: 'training (a fold in the table below)' })),
  ...devFiles.map((file) => ({ file, role: 'training (dev set, every fold)' })),
  ...(process.env.CRISIS_SETS ?? '')
    .split(',')
    .filter(Boolean)
    .map((file) => ({ file: path.resolve(file), role: 'named in CRISIS_SETS' })),
].filter((set) => {
  const found = existsSync(path.resolve(localData, set.file));
  if (!found) console.log(`(crisis set ${set.file} not found in ${localData}: skipped)`);
  return found;
});

/**
 * Leave-one-writer-out: for each writer, the rules alone, a model trained on the other writers
 * and the dev sets, and the two combined (rules OR model >= threshold), with the penalty and
 * threshold stored in crisis-model.json (chosen by train-crisis-model.ts from these pooled
 * figures). Retrains one model per writer: about four minutes.
 */
function crisisCrossValidation(): void {
  if (!writerFiles.every((file) => existsSync(path.join(localData, file)))) {
    console.log('(writer sets missing: leave-one-writer-out skipped)');
    return;
  }
  const stored = readJson<CrisisModel>(modelFile);
  const folds = foldsOf();
  const dev = prepare(devFiles.flatMap(readRows));
  const scored = crossValidate(folds, dev, { l2: stored.l2, minDf: 2, iterations: stored.iterations });
  console.log('');
  console.log(`Crisis detector, leave-one-writer-out (l2 ${stored.l2}, ${stored.iterations} iterations, threshold ${stored.threshold}; positive = concern or crisis)`);
  for (const line of lowoTable(scored, stored.threshold, writerFiles)) console.log(`  ${line}`);
  console.log('  model alone / combined at other thresholds (pooled P / R):');
  for (const threshold of [0.1, 0.15, 0.2, 0.3, 0.5]) {
    const model = evaluate(scored, 'model', threshold);
    const combined = evaluate(scored, 'combined', threshold);
    console.log(`    ${threshold.toFixed(2)}: model ${model.precision.toFixed(3)} / ${model.recall.toFixed(3)}, combined ${combined.precision.toFixed(3)} / ${combined.recall.toFixed(3)}`);
  }
}

function crisisTable(): CrisisRow[] {
  console.log('');
  console.log("Crisis detector (positive flag = level 'concern' or 'crisis'; label 'crisis' = should be flagged)");
  console.log(`  ${pad('set', 30)} ${pad('role', 42)} ${pad('n', 4)} ${pad('TP', 4)} ${pad('FP', 4)} ${pad('FN', 4)} ${pad('TN', 4)} precision recall  crisis-level recall`);
  const misses: CrisisRow[] = [];
  for (const set of crisisSets) {
    const rows = readJson<CrisisRow[]>(path.resolve(localData, set.file));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    let crisisLevel = 0;
    const wrong: CrisisRow[] = [];
    for (const row of rows) {
      const { level } = detectCrisis(row.text);
      const flagged = level !== 'none';
      if (row.label === 'crisis' && level === 'crisis') crisisLevel += 1;
      if (flagged && row.label === 'crisis') tp += 1;
      else if (flagged) {
        fp += 1;
        wrong.push(row);
      } else if (row.label === 'crisis') {
        fn += 1;
        wrong.push(row);
      } else tn += 1;
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(
      `  ${[pad(path.basename(set.file), 30), pad(set.role, 42), pad(String(rows.length), 4), pad(String(tp), 4), pad(String(fp), 4), pad(String(fn), 4), pad(String(tn), 4), pad(precision.toFixed(3), 9), pad(recall.toFixed(3), 7), (crisisLevel / Math.max(1, tp + fn)).toFixed(3)].join(' ')}`,
    );
    misses.push(...wrong);
  }
  return misses;
}

// --- speed ----------------------------------------------------------------------------------------

function perSecond(texts: string[], run: (text: string) => unknown): number {
  for (const text of texts.slice(0, 200)) run(text); // warm up (loads lexicons, compiles patterns)
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < 1_000) {
    for (const text of texts) run(text);
    count += texts.length;
  }
  return Math.round(count / ((performance.now() - started) / 1_000));
}

function speedTable(): void {
  const reviews = ['amazon', 'imdb']
    .filter((name) => existsSync(path.join(sentimentDir, `${name}.json`)))
    .flatMap((name) => readJson<Review[]>(path.join(sentimentDir, `${name}.json`)).map((row) => row.text));
  const journalFile = path.join(localData, 'sentiment-journal.json');
  const texts = reviews.length > 0 ? reviews : existsSync(journalFile) ? readJson<Array<{ text: string }>>(journalFile).map((row) => row.text) : ['Long day, but dinner was lovely.'];
  const crisisTexts = crisisSets.flatMap((set) => readJson<CrisisRow[]>(path.resolve(localData, set.file)).map((row) => row.text));
  console.log('');
  console.log(`Speed on this machine (single thread, sentences per second; ${texts.length} review sentences, ${crisisTexts.length} crisis-set sentences)`);
  for (const analyser of analysers) console.log(`  ${pad(analyser.name, 46)} ${perSecond(texts, analyser.label).toLocaleString('en-GB')}/s`);
  console.log(`  ${pad('Daybook analyseSentiment (with emotions)', 46)} ${perSecond(texts, analyseSentiment).toLocaleString('en-GB')}/s`);
  if (crisisTexts.length > 0) {
    console.log(`  ${pad('Daybook detectCrisis (rules + model)', 46)} ${perSecond(crisisTexts, detectCrisis).toLocaleString('en-GB')}/s`);
    console.log(`  ${pad('  rules alone (analyseRules)', 46)} ${perSecond(crisisTexts, analyseRules).toLocaleString('en-GB')}/s`);
  }
  const entry = 'Long day. Work was busy and the train was late, but dinner with Sam was lovely and I feel calmer now. '.repeat(48);
  const started = performance.now();
  for (let i = 0; i < 20; i += 1) detectCrisis(entry);
  console.log(`  ${pad(`detectCrisis on a ${entry.length.toLocaleString('en-GB')}-character entry`, 46)} ${((performance.now() - started) / 20).toFixed(1)} ms each`);
  const rulesStarted = performance.now();
  for (let i = 0; i < 20; i += 1) analyseRules(entry);
  console.log(`  ${pad('  of which the rules', 46)} ${((performance.now() - rulesStarted) / 20).toFixed(1)} ms each`);
}

sentimentTable();
const misses = crisisTable();
crisisCrossValidation();
if (misses.length > 0) {
  console.log('');
  console.log('Misclassified by the shipped detector (training sets: these show what even the fit misses):');
  for (const row of misses) console.log(`  ${row.label === 'crisis' ? 'missed' : 'false alarm'}: ${row.text}${row.note ? `  [${row.note}]` : ''}`);
}
speedTable();
