/**
 * Evaluates the local AI analysers (server/integrations/ai/local):
 * - sentiment: two published lexicon analysers from npm against Daybook's own, on the UCI
 *   labelled review sentences (../shared/data/sentiment, or SENTIMENT_DATA_DIR) and on a small
 *   journal-style set written for Daybook;
 * - crisis detection: precision and recall on the sets written for Daybook, tuning and held-out.
 * Also how many sentences per second each runs at on this machine.
 *
 *   PATH=$PWD/node_modules/.bin:$PATH node bench/ai-eval.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { detectCrisis } from '../server/integrations/ai/local/crisis.ts';
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
  const journal = readJson<Array<{ text: string; label: SentimentLabel }>>(path.join(localData, 'sentiment-journal.json'));
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
    cells.push(pct(journalCorrect / journal.length));
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

const crisisSets = [
  { file: 'crisis-eval.json', role: 'tuning set (patterns written against it)' },
  { file: 'crisis-holdout-round1.json', role: 'held-out round 1, since used for tuning' },
  { file: 'crisis-holdout-round2.json', role: 'held-out round 2, since used for tuning' },
  { file: 'crisis-holdout.json', role: 'held-out round 3 (final, never tuned on)' },
];

function crisisTable(): CrisisRow[] {
  console.log('');
  console.log("Crisis detector (positive flag = level 'concern' or 'crisis'; label 'crisis' = should be flagged)");
  console.log(`  ${pad('set', 30)} ${pad('role', 42)} ${pad('n', 4)} ${pad('TP', 4)} ${pad('FP', 4)} ${pad('FN', 4)} ${pad('TN', 4)} precision recall  crisis-level recall`);
  let misses: CrisisRow[] = [];
  for (const set of crisisSets) {
    const rows = readJson<CrisisRow[]>(path.join(localData, set.file));
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
      `  ${[pad(set.file, 30), pad(set.role, 42), pad(String(rows.length), 4), pad(String(tp), 4), pad(String(fp), 4), pad(String(fn), 4), pad(String(tn), 4), pad(precision.toFixed(3), 9), pad(recall.toFixed(3), 7), (crisisLevel / Math.max(1, tp + fn)).toFixed(3)].join(' ')}`,
    );
    if (set.file === 'crisis-holdout.json') misses = wrong;
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
  const texts = reviews.length > 0 ? reviews : readJson<Array<{ text: string }>>(path.join(localData, 'sentiment-journal.json')).map((row) => row.text);
  const crisisTexts = crisisSets.flatMap((set) => readJson<CrisisRow[]>(path.join(localData, set.file)).map((row) => row.text));
  console.log('');
  console.log(`Speed on this machine (single thread, sentences per second; ${texts.length} review sentences, ${crisisTexts.length} crisis-set sentences)`);
  for (const analyser of analysers) console.log(`  ${pad(analyser.name, 46)} ${perSecond(texts, analyser.label).toLocaleString('en-GB')}/s`);
  console.log(`  ${pad('Daybook analyseSentiment (with emotions)', 46)} ${perSecond(texts, analyseSentiment).toLocaleString('en-GB')}/s`);
  console.log(`  ${pad('Daybook detectCrisis', 46)} ${perSecond(crisisTexts, detectCrisis).toLocaleString('en-GB')}/s`);
  const entry = 'Long day. Work was busy and the train was late, but dinner with Sam was lovely and I feel calmer now. '.repeat(48);
  const started = performance.now();
  for (let i = 0; i < 20; i += 1) detectCrisis(entry);
  console.log(`  ${pad(`detectCrisis on a ${entry.length.toLocaleString('en-GB')}-character entry`, 46)} ${((performance.now() - started) / 20).toFixed(1)} ms each`);
}

sentimentTable();
const misses = crisisTable();
if (misses.length > 0) {
  console.log('');
  console.log('Misclassified in the final held-out set:');
  for (const row of misses) console.log(`  ${row.label === 'crisis' ? 'missed' : 'false alarm'}: ${row.text}${row.note ? `  [${row.note}]` : ''}`);
}
speedTable();
