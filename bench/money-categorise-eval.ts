/**
 * Accuracy and speed of the local transaction categoriser on the evaluation sample
 * (server/modules/money/categorise/data/categorise-eval.json: four imaginary people, UK, US,
 * Germany, France, January to April 2026).
 *
 *   node bench/money-categorise-eval.ts            (through npm scripts or node_modules/.bin first on PATH)
 *
 * (a) cold start: no history, keyword rules only;
 * (b) online learning: each person's transactions in date order, each suggested before its true
 *     category is "confirmed" into the history, as the app would do;
 * (c) speed: building from 10,000 history rows and suggesting.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { defaultCategories } from '../server/modules/money/categorise/default-categories.ts';
import {
  createLocalCategoriser,
  type CategorisedTransaction,
  type CategorySuggestion,
  type UserCategory,
} from '../server/modules/money/categorise/local-categoriser.ts';
import { matchKeywordRules } from '../server/modules/money/categorise/keyword-rules.ts';
import { tokenise } from '../server/modules/money/categorise/normalise.ts';

interface SampleTransaction {
  date: string;
  payee: string;
  note: string | null;
  kind: 'expense' | 'income';
  category: string;
}
interface Sample {
  people: Array<{ id: string; country: string; transactions: SampleTransaction[] }>;
}

interface BlindRow {
  person: string;
  date: string;
  payee: string;
  kind: 'expense' | 'income';
  category: string;
}

/**
 * CATEGORISE_SAMPLE=blind scores the blind sample instead (categorise-blind.json: three other
 * people, written by someone who never saw the rules or the development sample).
 */
function loadSample(): Sample {
  const read = (file: string) => JSON.parse(readFileSync(new URL(`../server/modules/money/categorise/data/${file}`, import.meta.url), 'utf8')) as unknown;
  if (process.env.CATEGORISE_SAMPLE !== 'blind') return read('categorise-eval.json') as Sample;
  const people = new Map<string, SampleTransaction[]>();
  for (const row of read('categorise-blind.json') as BlindRow[]) {
    people.set(row.person, [...(people.get(row.person) ?? []), { date: row.date, payee: row.payee, note: null, kind: row.kind, category: row.category }]);
  }
  return { people: [...people].map(([id, transactions]) => ({ id, country: '', transactions })) };
}

const sample = loadSample();
console.log(`sample: ${process.env.CATEGORISE_SAMPLE === 'blind' ? 'categorise-blind.json (blind)' : 'categorise-eval.json (development)'}\n`);
const categories: UserCategory[] = defaultCategories.map((category) => ({ id: `id-${category.key}`, key: category.key, name: category.name, kind: category.kind, archived: false }));
const idOf = (key: string) => `id-${key}`;

/** Tallies of suggestions: how many transactions, how many got one, how many of those were right. */
class Tally {
  total = 0;
  suggested = 0;
  correct = 0;
  add(suggestion: CategorySuggestion | null, truth: string): void {
    this.total += 1;
    if (!suggestion) return;
    this.suggested += 1;
    if (suggestion.categoryId === idOf(truth)) this.correct += 1;
  }
  line(label: string): string {
    const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
    return `${label.padEnd(22)} n=${String(this.total).padStart(4)}  accuracy ${pct(this.correct, this.total)}  coverage ${pct(this.suggested, this.total)}  accuracy when suggested ${pct(this.correct, this.suggested)}`;
  }
}

const tallyFor = (map: Map<string, Tally>, key: string) => map.get(key) ?? map.set(key, new Tally()).get(key)!;

/** Accuracy per confidence band, to check the confidences mean what they say. */
function calibrationLine(bands: Map<string, Tally>): string {
  return [...bands.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([band, tally]) => `${band}: ${tally.correct}/${tally.suggested}`)
    .join('  ');
}
const bandOf = (confidence: number) => `${(Math.floor(confidence * 10) / 10).toFixed(1)}-${(Math.floor(confidence * 10) / 10 + 0.1).toFixed(1)}`;

console.log('(a) Cold start: keyword rules only, no history');
const coldOverall = new Tally();
const coldBands = new Map<string, Tally>();
const coldCategoriser = createLocalCategoriser([], categories);
for (const person of sample.people) {
  const tally = new Tally();
  for (const transaction of person.transactions) {
    const suggestion = coldCategoriser.suggest(transaction);
    tally.add(suggestion, transaction.category);
    coldOverall.add(suggestion, transaction.category);
    if (suggestion) tallyFor(coldBands, bandOf(suggestion.confidence)).add(suggestion, transaction.category);
  }
  console.log('  ' + tally.line(`${person.id}`));
}
console.log('  ' + coldOverall.line('all'));
console.log(`  calibration (right/suggested by confidence): ${calibrationLine(coldBands)}`);
// The rules and this sample share an author, so brand lists flatter the figure: show how much of it they carry.
const byStrength = new Map<string, { matched: number; right: number }>();
for (const transaction of sample.people.flatMap((person) => person.transactions)) {
  const match = matchKeywordRules([...tokenise(transaction.payee), ...tokenise(transaction.note)], transaction.kind);
  if (!match) continue;
  const entry = byStrength.get(match.strength) ?? { matched: 0, right: 0 };
  entry.matched += 1;
  if (match.key === transaction.category) entry.right += 1;
  byStrength.set(match.strength, entry);
}
console.log(`  decided by a brand name: ${byStrength.get('brand')?.right}/${byStrength.get('brand')?.matched} right; by a generic word: ${byStrength.get('word')?.right}/${byStrength.get('word')?.matched} right`);

console.log('\n(b) Online learning: suggest, then confirm the true category, in date order');
const onlineOverall = new Tally();
const bySource = new Map<string, Tally>();
const onlineBands = new Map<string, Tally>();
for (const person of sample.people) {
  const tally = new Tally();
  const history: CategorisedTransaction[] = [];
  for (const transaction of person.transactions) {
    // Rebuilt before each suggestion, as a request would build it from the stored history.
    const suggestion = createLocalCategoriser(history, categories).suggest(transaction);
    tally.add(suggestion, transaction.category);
    onlineOverall.add(suggestion, transaction.category);
    tallyFor(bySource, suggestion ? suggestion.reason : 'none').add(suggestion, transaction.category);
    if (suggestion) tallyFor(onlineBands, bandOf(suggestion.confidence)).add(suggestion, transaction.category);
    history.push({ payee: transaction.payee, note: transaction.note, kind: transaction.kind, categoryId: idOf(transaction.category), date: transaction.date });
  }
  console.log('  ' + tally.line(person.id));
}
console.log('  ' + onlineOverall.line('all'));
for (const [reason, tally] of [...bySource.entries()].sort()) console.log('    by reason ' + tally.line(reason));
console.log(`  calibration (right/suggested by confidence): ${calibrationLine(onlineBands)}`);

console.log('\n(c) Speed');
const all = sample.people.flatMap((person) => person.transactions);
// 10,000 rows: the sample repeated with varied store numbers and dates over three years.
const bigHistory: CategorisedTransaction[] = Array.from({ length: 10_000 }, (_, index) => {
  const source = all[index % all.length]!;
  const day = new Date(Date.UTC(2023, 0, 1) + (index % 1_095) * 86_400_000).toISOString().slice(0, 10);
  return { payee: `${source.payee} ${1000 + (index % 997)}`, note: source.note, kind: source.kind, categoryId: idOf(source.category), date: day };
});
for (let round = 0; round < 3; round += 1) createLocalCategoriser(bigHistory, categories); // warm-up
const buildRuns: number[] = [];
for (let round = 0; round < 10; round += 1) {
  const started = performance.now();
  createLocalCategoriser(bigHistory, categories);
  buildRuns.push(performance.now() - started);
}
const big = createLocalCategoriser(bigHistory, categories);
const started = performance.now();
for (let round = 0; round < 10; round += 1) for (const transaction of all) big.suggest(transaction);
const perSuggestion = (performance.now() - started) / (10 * all.length);
buildRuns.sort((a, b) => a - b);
console.log(`  build from 10,000 rows: median ${buildRuns[5]!.toFixed(1)} ms (min ${buildRuns[0]!.toFixed(1)}, max ${buildRuns[9]!.toFixed(1)})`);
console.log(`  suggest: ${(perSuggestion * 1000).toFixed(1)} µs per transaction (mean over ${10 * all.length})`);
