/**
 * Text clean-up shared by the local analysers (sentiment, emotions, crisis detector).
 *
 * Every step here is linear in the input: plain string replacements with patterns that have no
 * nested or overlapping quantifiers, so a 5,000-character journal entry (or a hostile
 * 1-MiB one) cannot make a regular expression backtrack catastrophically.
 */

/** Zero-width and bidi control characters that hide inside words ("ki\u200Bll"). */
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/**
 * Unicode compatibility form (full-width letters, ligatures), typographic quotes and dashes made
 * plain, invisible characters removed. Keeps case: the sentiment scorer reads ALL-CAPS emphasis.
 */
export function cleanUnicode(text: string): string {
  return text
    .normalize('NFKC')
    .replace(invisible, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...');
}

/**
 * English negative contractions and their apostrophe-less spellings, expanded so that a negation
 * is always the separate word "not" (and "never", "no", ... stay as they are).
 * Word boundaries keep "wont" inside "wonton" and "cant" inside "canteen" untouched.
 */
const negativeContractions: Array<[RegExp, string]> = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bshan'?t\b/g, 'shall not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|would|could|should|must|might|need|dare|ought)n'?t\b/g, '$1 not'],
];

/** Other contractions; the apostrophe-less "im" and "ive" are unambiguous enough to expand too. */
const otherContractions: Array<[RegExp, string]> = [
  [/\bi'?m\b/g, 'i am'],
  [/\bi'?ve\b/g, 'i have'],
  [/\b(you|we|they|who)'re\b/g, '$1 are'],
  [/\b(i|you|he|she|it|we|they|that|there|who)'ll\b/g, '$1 will'],
  [/\b(i|you|he|she|it|we|they|that|there|who)'d\b/g, '$1 would'],
  [/\b(you|we|they|would|could|should|might|must)'ve\b/g, '$1 have'],
  [/\b(it|that|there|what|here|he|she|who|where|everything|nothing)'s\b/g, '$1 is'],
  [/\blet's\b/g, 'let us'],
];

/**
 * Lower-cased text with contractions expanded ("I'd" -> "i would", "don't" -> "do not",
 * "cant" -> "can not"). Input must already be through `cleanUnicode`.
 */
export function expandContractions(lowerText: string): string {
  let text = lowerText;
  for (const [pattern, replacement] of negativeContractions) text = text.replace(pattern, replacement);
  for (const [pattern, replacement] of otherContractions) text = text.replace(pattern, replacement);
  return text;
}

/** Words that negate what follows them within a clause. */
export const negators: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nowhere', 'neither', 'nor', 'without', 'hardly', 'barely', 'scarcely', 'rarely', 'seldom',
]);

/** Emoji (pictographs and their modifiers) as single tokens. */
export const emojiPattern = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*/gu;
