import { detectEmotions, emotionOfWord, emotionPolarity, stripEmojiModifiers, type Emotion } from './emotions.ts';
import { loadLexicons, type Lexicons } from './lexicons.ts';
import { cleanUnicode, emojiPattern, expandContractions } from './text.ts';

/**
 * Local, offline sentiment for journal and chat text: the VADER method (Hutto & Gilbert, 2014)
 * re-implemented on cleaner tokens, with its lexicon widened by AFINN-165 and emoji ratings.
 * See README.md beside this file for the comparison that chose it and the measured accuracy.
 *
 * What differs from the vader-sentiment package (each a fix of method, not of fit):
 * - tokens: punctuation is split off properly ("great!." was unrated), curly apostrophes and
 *   apostrophe-less contractions ("dont", "doesnt") are read, negators are matched in any case
 *   ("Not good", "DON'T"), emoji are rated;
 * - negation: "no" negates like "not" (as in the later Python VADER), and a negation's scope stops
 *   at a clause boundary (, ; : and "but") instead of reaching across it;
 * - "but" and punctuation emphasis apply per sentence, and a text's score is the mean of its
 *   sentences that carry sentiment (VADER's own advice for paragraphs), so a long entry does
 *   not saturate at +-1 just by being long;
 * - coverage: a word VADER does not rate falls back to AFINN-165, then to its base form
 *   ("helped" -> "help"), then to the feeling words of the emotion vocabulary;
 * - "expected function" verbs that carry no sentiment on their own turn negative when negated
 *   ("doesn't work", "can't sleep", "couldn't cope").
 */

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentResult {
  /** -1 (most negative) .. +1 (most positive). */
  score: number;
  label: SentimentLabel;
  /** The main emotions named, strongest first (at most three). */
  emotions: Emotion[];
}

/** VADER's published cut-offs on the compound score: |score| < 0.05 is neutral. */
export const neutralThreshold = 0.05;

// Constants from the VADER paper (empirically derived by its authors).
const boosterIncrement = 0.293;
const capsIncrement = 0.733;
const negationScalar = -0.74;
const butBefore = 0.5;
const butAfter = 1.5;
const exclamationIncrement = 0.292;
const questionIncrement = 0.18;
const normalisationAlpha = 15;
/** Valence given to a feeling word that neither lexicon rates. */
const emotionWordValence = 1.5;
/** Valence of an "expected function" verb before negation ("not work" -> about -1.5). */
const expectedFunctionValence = 2;

/** Degree adverbs: intensify (+) or soften (-) the next sentiment word. */
const boosters = new Map<string, number>([
  ...'absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely especially exceptionally extremely fabulously flipping freaking fricking frigging fucking fully greatly hella highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally tremendously unbelievably unusually utterly very super insanely seriously'
    .split(' ')
    .map((word): [string, number] => [word, boosterIncrement]),
  ...'almost barely hardly kinda sorta less little marginally occasionally partly scarcely slightly somewhat'
    .split(' ')
    .map((word): [string, number] => [word, -boosterIncrement]),
]);

/** Negators for sentiment (VADER's list, after contraction expansion, plus "no"). */
const sentimentNegators = new Set(['not', 'no', 'never', 'nothing', 'nowhere', 'none', 'nobody', 'neither', 'nor', 'without', 'rarely', 'seldom', 'despite', 'nope', 'uhuh']);

/**
 * Verbs for something a person expects to work (a device, a plan, their own sleep); alone they
 * carry no sentiment, but their negation does: "it does not work", "I can not sleep".
 */
const expectedFunctions = new Set(
  'work works worked working function functions functioned functioning sleep slept sleeping cope coped coping fit fits'.split(' '),
);

interface Token {
  /** Lower-case word, emoticon or emoji. */
  text: string;
  /** Written in capitals (a word of two or more letters). */
  caps: boolean;
  /** Index of the clause within the sentence. */
  clause: number;
}

interface Sentence {
  tokens: Token[];
  exclamations: number;
  questions: number;
}

const wordOrMark = new RegExp(
  [
    emojiPattern.source, // emoji
    '\\p{N}+(?:[.,:]\\p{N}+)+', // numbers such as 3.5 or 10:30 (not a sentence end)
    "[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*", // words, with inner apostrophes and hyphens
    '[.!?]+', // sentence ends
    '[,;:()]|-{2,}', // clause breaks
  ]
    .map((part) => `(${part})`)
    .join('|'),
  'gu',
);

/** Text as sentences of clause-tagged tokens. Linear time; emoticons are kept whole. */
export function tokenize(text: string, lexicons: Lexicons = loadLexicons()): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { tokens: [], exclamations: 0, questions: 0 };
  let clause = 0;
  const endSentence = () => {
    if (current.tokens.length > 0) sentences.push(current);
    current = { tokens: [], exclamations: 0, questions: 0 };
    clause = 0;
  };

  for (const line of cleanUnicode(text).split(/\n+/)) {
    for (const chunk of line.split(/[ \t\r\f\v]+/)) {
      if (!chunk) continue;
      // Emoticons such as :) :-( <3 :D are whole whitespace-separated chunks in VADER's lexicon.
      if (/[^\p{L}\p{N}]/u.test(chunk) && (lexicons.vader.has(chunk) || lexicons.vader.has(chunk.toLowerCase()))) {
        current.tokens.push({ text: lexicons.vader.has(chunk) ? chunk : chunk.toLowerCase(), caps: false, clause });
        continue;
      }
      const letters = chunk.replace(/[^\p{L}]/gu, '');
      const caps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      const expanded = expandContractions(chunk.toLowerCase()).replace(/\b(kind|sort) of\b/g, '$1a');
      for (const match of expanded.matchAll(wordOrMark)) {
        const [whole, emoji, number, word, end] = match;
        if (emoji) current.tokens.push({ text: stripEmojiModifiers(emoji), caps: false, clause });
        else if (number) current.tokens.push({ text: number, caps: false, clause });
        else if (word) current.tokens.push({ text: word, caps, clause });
        else if (end) {
          current.exclamations += countOf(end, '!');
          current.questions += countOf(end, '?');
          endSentence();
        } else if (whole) clause += 1;
      }
    }
    endSentence();
  }
  endSentence();
  return sentences;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (const c of text) if (c === char) count += 1;
  return count;
}

/** Base forms to try for an unrated inflected word ("helped" -> help, "loving" -> love). */
function baseForms(word: string): string[] {
  if (word.length < 5) return [];
  const forms: string[] = [];
  const tryStem = (suffix: string, ...endings: string[]) => {
    if (!word.endsWith(suffix)) return;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < 3) return;
    for (const ending of endings) forms.push(stem + ending);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) forms.push(stem.slice(0, -1)); // stopped -> stop
  };
  tryStem('ies', 'y');
  tryStem('ied', 'y');
  tryStem('ing', '', 'e');
  tryStem('ed', '', 'e');
  tryStem('es', '');
  tryStem('s', '');
  tryStem('ly', '', 'le');
  tryStem('ily', 'y');
  return forms;
}

/** The rated valence of one token, VADER first; 0 when nothing rates it. */
export function valenceOf(token: string, lexicons: Lexicons = loadLexicons()): number {
  const direct = lexicons.vader.get(token) ?? lexicons.afinn.get(token) ?? lexicons.emoji.get(token);
  if (direct !== undefined) return direct;
  const unpossessive = token.endsWith("'s") ? token.slice(0, -2) : undefined;
  for (const form of unpossessive ? [unpossessive] : baseForms(token)) {
    const value = lexicons.vader.get(form) ?? lexicons.afinn.get(form);
    if (value !== undefined) return value;
  }
  if (token.includes('-')) {
    // An unrated hyphenated compound ("well-made", "self-loathing") takes its strongest part.
    let strongest = 0;
    for (const part of token.split('-')) {
      const value = part ? valenceOf(part, lexicons) : 0;
      if (Math.abs(value) > Math.abs(strongest)) strongest = value;
    }
    return strongest;
  }
  const emotion = emotionOfWord(token);
  return emotion ? emotionPolarity[emotion] * emotionWordValence : 0;
}

/** The -1..1 compound score of one sentence. */
function scoreSentence(sentence: Sentence, lexicons: Lexicons): { compound: number; rated: boolean } {
  const { tokens } = sentence;
  const capsDifferential = tokens.some((token) => token.caps) && tokens.some((token) => !token.caps && /\p{L}/u.test(token.text));
  const butIndex = tokens.findIndex((token) => token.text === 'but');
  let sum = 0;
  let rated = false;

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (boosters.has(token.text) || sentimentNegators.has(token.text) && token.text !== 'no') continue;
    let valence = valenceOf(token.text, lexicons);
    // "no" followed by a rated word is a negator, not a negative word of its own ("no problems").
    if (token.text === 'no') {
      const next = tokens[i + 1];
      if (next && next.clause === token.clause && valenceOf(next.text, lexicons) !== 0) continue;
    }

    // Look back up to three words in the same clause, stopping at "but".
    let negations = 0;
    let boost = 0;
    for (let back = 1; back <= 3; back += 1) {
      const previous = tokens[i - back];
      if (!previous || previous.clause !== token.clause || previous.text === 'but') break;
      if (sentimentNegators.has(previous.text)) {
        const after = tokens[i - back + 1]?.text;
        // "never so good", "nothing but praise" intensify rather than negate.
        if (after === 'but') continue;
        if (previous.text === 'never' && tokens.slice(i - back + 1, i).some((t) => t.text === 'so' || t.text === 'this')) {
          boost += 0.5;
          continue;
        }
        negations += 1;
      } else if (previous.text === 'least' && tokens[i - back - 1]?.text !== 'at' && tokens[i - back - 1]?.text !== 'very') {
        negations += 1;
      } else {
        const scalar = boosters.get(previous.text);
        if (scalar !== undefined && valenceOf(previous.text, lexicons) === 0) {
          boost += (scalar + (previous.caps && capsDifferential ? capsIncrement : 0)) * (back === 1 ? 1 : back === 2 ? 0.95 : 0.9);
        }
      }
    }

    if (valence === 0) {
      if (negations === 0 || !expectedFunctions.has(token.text)) continue;
      valence = expectedFunctionValence;
    }
    rated = true;
    if (token.caps && capsDifferential) valence += Math.sign(valence) * capsIncrement;
    valence += Math.sign(valence) * boost;
    valence *= negationScalar ** negations;
    if (butIndex >= 0) valence *= i < butIndex ? butBefore : i > butIndex ? butAfter : 1;
    sum += valence;
  }

  if (sum !== 0) {
    const emphasis = Math.min(sentence.exclamations, 4) * exclamationIncrement + (sentence.questions > 3 ? 0.96 : sentence.questions > 1 ? sentence.questions * questionIncrement : 0);
    sum += Math.sign(sum) * emphasis;
  }
  return { compound: sum / Math.sqrt(sum * sum + normalisationAlpha), rated };
}

export function labelOf(score: number): SentimentLabel {
  return score >= neutralThreshold ? 'positive' : score <= -neutralThreshold ? 'negative' : 'neutral';
}

/**
 * Sentiment and main emotions of a text. Never throws; empty or symbol-only input is neutral with
 * no emotions.
 */
export function analyseSentiment(text: string): SentimentResult {
  const lexicons = loadLexicons();
  const sentences = tokenize(text, lexicons);
  let total = 0;
  let counted = 0;
  for (const sentence of sentences) {
    const { compound, rated } = scoreSentence(sentence, lexicons);
    if (!rated) continue;
    total += compound;
    counted += 1;
  }
  const score = counted === 0 ? 0 : Math.round((total / counted) * 10_000) / 10_000;
  return { score, label: labelOf(score), emotions: detectEmotions(clausesOf(sentences)) };
}

function clausesOf(sentences: readonly Sentence[]): string[][] {
  const clauses: string[][] = [];
  for (const sentence of sentences) {
    let clause: string[] = [];
    let index = 0;
    for (const token of sentence.tokens) {
      if (token.clause !== index) {
        if (clause.length > 0) clauses.push(clause);
        clause = [];
        index = token.clause;
      }
      clause.push(token.text);
    }
    if (clause.length > 0) clauses.push(clause);
  }
  return clauses;
}
