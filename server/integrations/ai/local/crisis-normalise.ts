import { cleanUnicode, emojiPattern, expandContractions } from './text.ts';

/**
 * Normalisation for the crisis detector (see crisis.ts): Unicode, case, leetspeak, stretched
 * letters, contractions, slang and misspellings, jokes, titles of works; then sentences and
 * clauses.
 */

// -----------------------------------------------------------------------------------------

/** Words that, near a quotation, mark it as the title of a work rather than the writer's words. */
const mediaCue =
  /\b(?:film|films|movie|movies|book|books|novel|novels|song|songs|lyric|lyrics|album|episode|episodes|series|show|play|poem|podcast|article|headline|title|titled|called|named|chapter|quote|quoted|quotes|watched|watching|watch|reading|read|reads|listening|listened|sang|singing|documentary|meme|tv|netflix|track|band|game|painting|exhibition|by the author|by the band)\b/i;

/** Runs of Title Case words after a media cue ("reading I Want To Die But ..."), at least two capitalised. */
const titleCue = ['watched', 'watching', 'reading', 'read', 'listening to', 'listened to', 'called', 'titled', 'named', ...'film movie book novel song album episode show series play poem podcast documentary'.split(' ').map((noun) => `the ${noun}`)]
  .map((cue) => cue.replace(/\b[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`))
  .join('|');
const titleCaseRun = new RegExp(`\\b(${titleCue})((?:\\s+(?:[A-Z0-9][\\p{L}'0-9]*|to|but|of|the|a|an|and|in|on|for|is|at|by|or|me|my|i)(?![\\p{L}'0-9])){2,20})`, 'gu');

function setAsideTitles(text: string): string {
  // A quotation with a media cue near it is a title; quoted thoughts ("I keep thinking 'I want to die'") stay.
  let result = text.replace(/"([^"\n]{1,200})"/g, (whole, _inner: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 60), offset);
    const after = text.slice(offset + whole.length, offset + whole.length + 30);
    return mediaCue.test(before) || mediaCue.test(after) ? ' a title ' : whole;
  });
  // Shouted text (mostly capitals) has no title case to read.
  const letters = result.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length > 0 && upper / letters.length > 0.6) return result;
  result = result.replace(titleCaseRun, (whole, cue: string, run: string) => {
    const capitalised = run.trim().split(/\s+/).filter((word) => /^[\p{Lu}0-9]/u.test(word) && word !== 'I');
    return capitalised.length >= 2 ? `${cue} a title ` : whole;
  });
  return result;
}

/** Digits and symbols used as letters, applied only inside words that also contain letters. */
const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

function unLeet(text: string): string {
  // Only words that start with a letter: ordinals, units and times ("2nd", "10km", "5am") start with a digit.
  return text.replace(/[a-z0-9@$!]+/g, (word) => {
    if (!/^[a-z]/.test(word) || !/[0-9@$!]/.test(word)) return word;
    const body = word.replace(/!+$/, '');
    return body.replace(/[0-9@$!]/g, (char) => leet[char] ?? char) + word.slice(body.length);
  });
}

/**
 * Slang, abbreviations and misspellings, applied in order to lower-case text. Each is word-bounded.
 * "kms" is "kill myself" except after a number (kilometres); "kys" is abuse aimed at someone
 * else ("kill yourself") unless the writer says it of themselves ("i should just kys").
 */
const slang: Array<[RegExp, string]> = [
  [/\b(?:not going to lie|not gonna lie|ngl|tbh|tbf|imo|imho|fr|frfr|istg|lowkey|highkey|no offence|no offense|no cap|smh|honestly|literally)\b/g, ' '],
  [/\b(?:wanna|wana|wanan)\b/g, 'want to'],
  [/\b(?:gonna|gunna|finna)\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\btryna\b/g, 'trying to'],
  [/\bhafta\b/g, 'have to'],
  [/\b(want|need|going|have|got|ready|try|trying|plan|planning|used) 2\b/g, '$1 to'],
  [/\b(?:u)\b/g, 'you'],
  [/\b(?:ur)\b/g, 'your'],
  [/\b(?:pls|plz|plis)\b/g, 'please'],
  [/\b(?:bc|b\/c|cuz|coz|cos)\b/g, 'because'],
  [/\brn\b/g, 'right now'],
  [/\bidk\b/g, 'i do not know'],
  [/\bidc\b/g, 'i do not care'],
  [/\bidgaf\b/g, 'i do not care'],
  [/\b(?:no1|noone|no-one)\b/g, 'no one'],
  [/\b(?:every1|evry1|everyone's)\b/g, 'everyone'],
  [/\bsome1\b/g, 'someone'],
  [/\bppl\b/g, 'people'],
  [/\b(?:tonite|2nite|tonigt)\b/g, 'tonight'],
  [/\b(?:tmrw|tmr|tmrrw|2moro|2morrow|tomoz|tomorow|tommorow|tommorrow)\b/g, 'tomorrow'],
  [/\b(?:any more|any longer|anymroe|anymore)\b/g, 'anymore'],
  [/\b(?:myslef|mysefl|myslf|mself|meself|my self|mysel|mysef)\b/g, 'myself'],
  [/\b(?:kil|kll)\b/g, 'kill'],
  [/\b(?:sucide|suicde|suiside|suicie|suecide|suicid|sewerslide|sewer slide|suside|suiced|sooicide)\b/g, 'suicide'],
  [/\b(?:suicidial|sucidal|suicidle|suisidal|suicidel|suicdal|sewerslidal)\b/g, 'suicidal'],
  [/\bself[- ]?harm(ing|ed|s)?\b/g, 'self harm$1'],
  [/\b(?:self[- ]?delete|self[- ]?deleting|selfdelete|self[- ]?exit)\b/g, 'kill myself'],
  [/\bun[- ]?aliv(?:e|ed|ing|es)\b/g, 'unalive'],
  [/\bunalive (?:myself|me)\b/g, 'kill myself'],
  [/\b(to|about|of|i|will|gonna|might|should|just|and) unalive\b/g, '$1 kill myself'],
  [/\b(?:od|o\.d\.)(?= on\b)/g, 'overdose'],
  [/\b(to|about|of|gonna|might|will|could|should|i) od\b/g, '$1 overdose'],
  [/\bod'?d\b/g, 'overdosed'],
];

/** "kms" after a number or amount is kilometres. */
const kilometres = /\b(?:\d+(?:[.,]\d+)?|a few|few|many|several|some|couple of|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred) kms\b/g;
/** "kys" said of oneself: a first-person subject with a modal or intention right before it. */
const kysOfSelf = /\b(i|i am|i will|i would|i just|i really)(?: just| really| honestly| actually| seriously)? (?:should|will|would|might|could|may|want to|need to|have to|am going to|am about to|going to|about to|gotta|got to)(?: just| really| honestly| actually| seriously| literally)? kys\b/g;

/** Marks of a joke; they lower the weight of hyperbole-prone patterns in the same sentence. */
const humourMarkers = /\b(?:lol+|lmao+|lmfao+|rofl|(?:ha){2,}h?|(?:he){2,}|jk|j\/k|just kidding|just joking|xd)\b|[😂🤣😹😆😅💀😜😝]/gu;

/** Talk of long ago: weighs less (history matters, but is not a crisis now). */
export const history =
  /\b(?:used to|years ago|a long time ago|long ago|when i was (?:a kid|a child|little|young|younger|a teen|a teenager|at school|in school|at uni|in high school|\d+)|back then|in my teens|as a teen(?:ager)?|in (?:19|20)\d\d|in the past|back in (?:school|the day|college|uni))\b/;


/** Question words and search verbs that make a pattern marked `seeking` count. */
export const seekingCue = /^(?:what|whats|how|where|which|is|are|does|do|can|could|would|will)\b|\b(?:googled|google|googling|searched|search|searching|looked up|look up|looking up|researching|research|researched|find out|want to know|wondering|need to know)\b/;

export interface Sentence {
  clauses: string[];
  humour: boolean;
  history: boolean;
  question: boolean;
}

/** The normalised sentences of a text, each split into clauses of single-spaced lower-case words. */
export function normaliseForCrisis(text: string): Sentence[] {
  let t = setAsideTitles(cleanUnicode(text));
  t = t.replace(humourMarkers, ' lol ');
  t = t.replace(emojiPattern, ' ');
  t = t.toLowerCase();
  t = unLeet(t);
  // Stretched letters: three or more of a vowel become one ("diiie"), of e/o two ("sooo" -> "soo"), of a consonant two.
  t = t.replace(/([aiuy])\1{2,}/g, '$1').replace(/([eo])\1{2,}/g, '$1$1').replace(/([b-df-hj-np-tv-xz])\1{2,}/g, '$1$1');
  t = expandContractions(t);
  for (const [pattern, replacement] of slang) t = t.replace(pattern, replacement);
  t = expandContractions(t);
  t = t.replace(kilometres, (match) => match.replace(/kms$/, 'kilometres'));
  t = t.replace(kysOfSelf, (match) => match.replace(/kys$/, 'kill myself'));
  t = t.replace(/\bkms\b/g, 'kill myself').replace(/\bkys\b/g, 'kill yourself');
  // "sh" is self-harm only next to the words people use about it.
  if (/\b(?:relapse|relapsed|relapsing|urge|urges|clean|scars?|cutting|cut)\b/.test(t)) t = t.replace(/\bsh\b/g, 'self harm');
  // "I would be lying if I said I was not ..." asserts it.
  t = t.replace(/\b(?:i would be|i am|i would|to be) lying if i (?:said|say|told you|claimed) (?:that )?i (was|am|were|did|do|had|have|could|can) not\b/g, 'i $1');
  t = t.replace(/\b(\w+)'s\b/g, '$1').replace(/'/g, '');

  const sentences: Sentence[] = [];
  for (const raw of t.split(/(?<=[.!?])|\n+/)) {
    const question = raw.includes('?');
    const body = raw.replace(/[.!?]+/g, ' ');
    const humour = /\blol\b/.test(body);
    const clauses = body
      .replace(/\blol\b/g, ' ')
      .split(/[,;:()"[\]{}]+|\s[-–—]+\s|\s*[—–]\s*|-{2,}/)
      .map((clause) => clause.replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim())
      .filter((clause) => clause.length > 0);
    if (clauses.length > 0) sentences.push({ clauses, humour, history: history.test(body), question });
  }
  return sentences;
}
