import { cleanUnicode, emojiPattern, expandContractions } from './text.ts';

/**
 * Local crisis detector: runs on every journal entry and chat message, whatever AI provider is
 * configured, with no network. It looks for language of suicide, self-harm and the warning signs
 * around them, and says how sure it is; it never returns the matched text, so its result is safe
 * to count and log.
 *
 * How it works (see README.md beside this file for the evaluation and limits):
 * 1. Normalise: Unicode and typographic quotes, invisible characters, lower case, leetspeak inside
 *    words ("k1ll"), stretched letters ("diiie"), contractions ("don't" -> "do not"), slang and
 *    common misspellings ("kms", "unalive", "wanna", "myslef", "sucide"), and markers of a joke
 *    ("lol", "😂"). Quoted titles of books, films and songs are set aside.
 * 2. Split into sentences and clauses (at punctuation).
 * 3. Match weighted phrase patterns, each for one warning sign, and for each match apply scoping
 *    rules: a negation shortly before it in the same clause cancels it ("I would never hurt
 *    myself") unless the negation is about something else ("I can't stop thinking about killing
 *    myself", "I don't know why I want to die", "I can't promise I won't ..."); a pattern that
 *    needs a first-person speaker is dropped when someone else is the subject ("she said she
 *    wanted to die"); talk of long ago ("years ago", "used to") and jokes ("lol") weigh less.
 *    A few sentence-level rules catch questions whose words need not be adjacent ("what dose of X
 *    is fatal?") and "... would be easier if I was gone". Words after a match that end it ("the
 *    thoughts have stopped") cancel it.
 * 4. Match the concept layer (crisis-concepts.ts): broad word families for risk concepts (death and
 *    not existing, means and methods, self-harm on one's own body, farewells and affairs, burden
 *    and absence, hopelessness with a duration) combined with a cue that makes them the writer's
 *    own (a wish, plan or fixation before them, a question or search, a place), with the same
 *    scoping rules, and not in a sentence about fiction, the news or recovery.
 * 5. Per warning sign, add the weights of the distinct phrase patterns and, separately, of the
 *    concept rules that matched; the larger counts, at most 1. Add the signs: 1 or more is
 *    `crisis`, 0.5 or more is `concern`. Weaker signs together can reach `crisis`.
 *
 * It is a screen, not a diagnosis, and errs towards a gentle check-in: the app shows support and
 * helplines, and does not clear a flag on a single denial (that policy lives with the caller).
 */
import { conceptPatterns, conceptsApply } from './crisis-concepts.ts';
import { normaliseForCrisis, seekingCue, type Sentence } from './crisis-normalise.ts';
import { concernThreshold, crisisSignals, crisisThreshold, drugs, heights, historyFactor, humourFactor, patterns, type CrisisLevel, type CrisisResult, type CrisisSignal, type Pattern } from './crisis-patterns.ts';
import { endedAfter, isNegatedAt, otherSubjectAt, reportedCommandAt } from './crisis-scope.ts';
import { crisisModel, modelProbability } from './crisis-model.ts';

export { concernThreshold, crisisSignals, crisisThreshold, type CrisisLevel, type CrisisResult, type CrisisSignal } from './crisis-patterns.ts';
export { normaliseForCrisis } from './crisis-normalise.ts';
export { isNegatedAt } from './crisis-scope.ts';

// --- sentence-level co-occurrence rules -----------------------------------------------------------

/**
 * Questions and searches whose words need not be adjacent: an amount of a drug together with
 * death ("what dose of X is fatal?", "how much X causes death?"), a height together with being
 * high enough ("which bridge in town is high enough?"), a method together with whether it hurts.
 * Each needs a question or a search, so a statement of fact ("the lethal dose of caffeine is
 * high") is left to the phrase patterns and their topic rules.
 */
interface SentenceRule {
  signal: CrisisSignal;
  /** Stands in for a pattern when weights are kept per pattern. */
  pattern: Pattern;
  test: (sentence: Sentence) => number;
}

const drugWord = new RegExp(`\\b(?:${drugs}|dose|doses|overdose|amount)\\b`);
const deathWord = /\b(?:fatal|lethal|deadly|kill|kills|killed|death|die|dying|dead|not wake up|never wake up|stop my heart|stop breathing)\b/;
const heightWord = new RegExp(`\\b(?:${heights}|window|drop|floor|storey|story|storeys|stories)\\b`);
const highEnough = /\b(?:high enough|tall enough|enough|to die|to kill|be fatal|survive (?:the|a) fall)\b/;
const fallWord = /\b(?:jump|jumping|fall|falling|drop|dropping)\b/;
const methodWord = /\b(?:overdose|overdosing|hang|hanging|hang yourself|hang myself|drown|drowning|bleed out|bleeding out|slit|slitting|suffocate|suffocating|suicide|jumping off|jumping from)\b/;
const painWord = /\b(?:hurt|hurts|painful|painless|quick|quickly|fast|how long|what happens|does it feel)\b/;
const selfAbsent =
  /\b(?:if|when|once) i (?:just |simply |finally )?(?:died|was dead|were dead|was gone|were gone|am gone|disappeared|stopped existing|did not exist|was not here|were not here|was not around|were not around|was never born|was out of the picture|was not alive|killed myself)\b/;
const absenceConsequence = /\b(?:notice|noticed|care|cared|miss|missed|better|easier|simpler|happier|relieved|fine|okay|ok|mourn|matter|lighter|cheaper|free)\b/;
const otherSubjectNearby = /\b(?:my (?:dog|cat|pet|rabbit|hamster)|a dog|a cat|dogs|cats|pets|kids|children|child|baby|toddler)\b/;

function isSeeking(sentence: Sentence): boolean {
  return sentence.question || sentence.clauses.some((clause) => seekingCue.test(clause));
}

const sentenceRules: SentenceRule[] = [
  {
    signal: 'method_seeking',
    pattern: { signal: 'method_seeking', weight: 1, re: /drug-and-death/ },
    test: (sentence) => {
      const text = sentence.clauses.join(' ');
      return isSeeking(sentence) && drugWord.test(text) && deathWord.test(text) && !otherSubjectNearby.test(text) ? 1 : 0;
    },
  },
  {
    signal: 'method_seeking',
    pattern: { signal: 'method_seeking', weight: 1, re: /height-and-enough/ },
    test: (sentence) => {
      const text = sentence.clauses.join(' ');
      const enough = /\b(?:high|tall) enough\b/.test(text) || (fallWord.test(text) && highEnough.test(text));
      return isSeeking(sentence) && heightWord.test(text) && enough && !/\b(?:view|views|see|reach|ceiling|clearance|van|truck|lorry|bus|signal|reception)\b/.test(text) && !/\b(?:bungee|bungy|parachute|skydiv\w*|trampoline)\b/.test(text) ? 1 : 0;
    },
  },
  {
    signal: 'method_seeking',
    pattern: { signal: 'method_seeking', weight: 1, re: /method-and-pain/ },
    test: (sentence) => {
      const text = sentence.clauses.join(' ');
      return isSeeking(sentence) && methodWord.test(text) && painWord.test(text) && !/\b(?:prevention|awareness|statistics|rates?)\b/.test(text) ? 1 : 0;
    },
  },
  {
    // "life would be simpler for everyone if I was not here", "would anyone notice if I stopped existing"
    signal: 'burden',
    pattern: { signal: 'burden', weight: 1, re: /absence-and-consequence/ },
    test: (sentence) => {
      const text = sentence.clauses.join(' ');
      const absent = selfAbsent.exec(text);
      return absent && absenceConsequence.test(text.slice(0, absent.index)) && !isNegatedAt(text, absent.index) ? 1 : 0;
    },
  },
];

// --- detection ----------------------------------------------------------------------------------

const allPatterns: Pattern[] = [...patterns, ...conceptPatterns];

const severity = new Map<CrisisSignal, number>(crisisSignals.map((signal, rank) => [signal, rank]));

/** Per warning sign, the strongest weight of each pattern that matched. */
type Found = Map<CrisisSignal, Map<Pattern, number>>;

function note(found: Found, signal: CrisisSignal, pattern: Pattern, weight: number): void {
  const byPattern = found.get(signal) ?? new Map<Pattern, number>();
  if (weight > (byPattern.get(pattern) ?? 0)) byPattern.set(pattern, weight);
  found.set(signal, byPattern);
}

/**
 * The rule layer's matches in one sentence (phrase patterns, concept rules, sentence rules), and
 * whether it matched a pattern and then ruled it out (negated, someone else's, an everyday use,
 * ended): such a sentence is left to the rules, and the model does not score it.
 */
function scanSentence(sentence: Sentence): { found: Found; ruledOut: boolean } {
  const found: Found = new Map();
  let ruledOut = false;
  const whole = sentence.clauses.join(' ');
  const withConcepts = conceptsApply(whole);
  for (const pattern of allPatterns) {
    if (pattern.concept && !withConcepts) continue;
    for (const clause of pattern.sentence ? [whole] : sentence.clauses) {
      // exec with lastIndex rather than matchAll, which copies the (large) expression on every call.
      pattern.re.lastIndex = 0;
      for (let match = pattern.re.exec(clause); match !== null; match = pattern.re.exec(clause)) {
        if (match[0].length === 0) pattern.re.lastIndex += 1;
        const index = match.index;
        const excluded =
          (!pattern.ignoreNegation && isNegatedAt(clause, index)) ||
          (pattern.self && (otherSubjectAt(clause, index) || reportedCommandAt(clause, index))) ||
          (pattern.seeking && !pattern.concept && otherSubjectAt(clause, index)) ||
          pattern.unless?.test(whole) ||
          endedAfter(clause, index + match[0].length);
        if (excluded) ruledOut = true;
        if (excluded || (pattern.seeking && !(sentence.question || seekingCue.test(clause))) || (pattern.when && !pattern.when.test(whole))) continue;
        let weight = pattern.weight;
        if (sentence.history) weight *= historyFactor;
        if (sentence.humour && pattern.hyperbole) weight *= humourFactor;
        note(found, pattern.signal, pattern, weight);
      }
    }
  }
  for (const rule of sentenceRules) {
    const weight = rule.test(sentence);
    if (weight > 0) note(found, rule.signal, rule.pattern, weight);
  }
  return { found, ruledOut };
}

/** Per sign: phrase patterns and concept rules each add up (distinct patterns), the larger counts, at most 1. */
function strengthsOf(found: Found): Map<CrisisSignal, number> {
  const strength = new Map<CrisisSignal, number>();
  for (const [signal, byPattern] of found) {
    // Phrase patterns and concept rules often see the same words: each kind adds up on its own, and the stronger counts.
    let phrases = 0;
    let concepts = 0;
    for (const [pattern, weight] of byPattern) {
      if (pattern.concept) concepts += weight;
      else phrases += weight;
    }
    strength.set(signal, Math.min(1, Math.max(phrases, concepts)));
  }
  return strength;
}

/** What both layers found in a text; `detectCrisis` combines them. Exported for evaluation. */
export interface CrisisAnalysis {
  /** The rule layer alone. */
  rules: CrisisResult;
  /** The normalised sentences and the rule layer's strengths per sentence (the model's input). */
  sentences: Sentence[];
  ruleStrengths: Array<Map<CrisisSignal, number>>;
  /** Per sentence: the rules matched something there and ruled it out (the model skips it). */
  ruledOut: boolean[];
}

/** Runs the rule layer (normalise, match, score). Linear in the length of the text. */
export function analyseRules(text: string): CrisisAnalysis {
  const sentences = normaliseForCrisis(text);
  const perSentence = sentences.map(scanSentence);
  // Over the whole text, each pattern counts once, at its strongest, so weak signs in different sentences add up.
  const found: Found = new Map();
  for (const { found: sentenceFound } of perSentence) {
    for (const [signal, byPattern] of sentenceFound) for (const [pattern, weight] of byPattern) note(found, signal, pattern, weight);
  }
  const strength = strengthsOf(found);
  let total = 0;
  for (const value of strength.values()) total += value;
  const level: CrisisLevel = total >= crisisThreshold ? 'crisis' : total >= concernThreshold ? 'concern' : 'none';
  const signals = level === 'none' ? [] : [...strength.keys()].sort((a, b) => (severity.get(a) ?? 0) - (severity.get(b) ?? 0));
  return { rules: { level, signals }, sentences, ruleStrengths: perSentence.map((scan) => strengthsOf(scan.found)), ruledOut: perSentence.map((scan) => scan.ruledOut) };
}

/**
 * Combines the two layers: the rules' result when they flag; otherwise `concern` with the signal
 * `model` when the model's probability reaches its threshold.
 */
export function combine(rules: CrisisResult, probability: number, threshold: number): CrisisResult {
  if (rules.level !== 'none') return rules;
  return probability >= threshold ? { level: 'concern', signals: ['model'] } : rules;
}

/**
 * Screens one text (a journal entry or chat message) for crisis language. Linear in the length of
 * the text; never throws on any input; empty input is `none`.
 */
export function detectCrisis(text: string): CrisisResult {
  const analysis = analyseRules(text);
  // The rules' level stands when they flag; the model can only add a `concern`, so it is not run then.
  if (analysis.rules.level !== 'none') return analysis.rules;
  const model = crisisModel();
  return combine(analysis.rules, modelProbability(analysis.sentences, analysis.ruleStrengths, analysis.ruledOut, model), model.threshold);
}
