import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The human-rated word lists the local sentiment scorer reads, loaded once from the npm packages
 * that ship them (nothing is fetched at run time):
 *
 * - VADER (vader-sentiment, Apache-2.0; lexicon by Hutto & Gilbert, 2014): ~7,500 words, slang
 *   and emoticons, each the mean of ten raters' valence on -4..+4.
 * - AFINN-165 (sentiment, MIT; lexicon by Finn Årup Nielsen): ~3,400 words rated -5..+5, used
 *   only for words VADER does not rate, rescaled to VADER's range.
 * - Emoji Sentiment Ranking (shipped with sentiment; Kralj Novak et al., 2015): emoji valence from
 *   their use in labelled tweets, rescaled the same way.
 */
export interface Lexicons {
  vader: ReadonlyMap<string, number>;
  afinn: ReadonlyMap<string, number>;
  emoji: ReadonlyMap<string, number>;
}

/** AFINN's -5..+5 onto VADER's -4..+4. */
const afinnToVader = 4 / 5;

const require = createRequire(import.meta.url);
let cached: Lexicons | undefined;

function readJsonScores(specifier: string): Map<string, number> {
  const raw = JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Record<string, unknown>;
  const scores = new Map<string, number>();
  for (const [word, value] of Object.entries(raw)) {
    if (typeof value === 'number' && Number.isFinite(value)) scores.set(word, value * afinnToVader);
  }
  return scores;
}

/** vader_lexicon.txt: `token<TAB>mean<TAB>sd<TAB>[ten ratings]` per line. */
export function parseVaderLexicon(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [token, mean] = line.split('\t');
    if (!token || mean === undefined) continue;
    const value = Number(mean);
    if (Number.isFinite(value)) scores.set(token, value);
  }
  return scores;
}

export function loadLexicons(): Lexicons {
  cached ??= {
    vader: parseVaderLexicon(readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8')),
    afinn: readJsonScores('sentiment/languages/en/labels.json'),
    emoji: readJsonScores('sentiment/build/emoji.json'),
  };
  return cached;
}
