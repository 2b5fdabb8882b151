/**
 * A small emotion vocabulary for journal text, written for Daybook (not taken from a published
 * lexicon). Each entry is a word form or a short phrase that, said about oneself, usually
 * names the feeling. Deliberately left out: words that are mostly about something else
 * ("down", "low", "mad", "alone", "lost", "shattered" on their own), which appear only inside
 * a phrase that pins them ("feeling down", "mad at", "feel alone").
 *
 * Negation-aware: a word is not counted when a negator ("not", "never", "no", "without", ...)
 * stands within three words before it in the same clause ("not anxious", "no longer angry"),
 * except "never so/this ..." ("never been this happy"), which intensifies instead.
 */

export const emotions = [
  'sadness',
  'anxiety',
  'anger',
  'loneliness',
  'exhaustion',
  'shame',
  'joy',
  'calm',
  'gratitude',
  'hope',
  'pride',
] as const;
export type Emotion = (typeof emotions)[number];

/** Which way an emotion pulls the sentiment score. */
export const emotionPolarity: Record<Emotion, -1 | 1> = {
  sadness: -1,
  anxiety: -1,
  anger: -1,
  loneliness: -1,
  exhaustion: -1,
  shame: -1,
  joy: 1,
  calm: 1,
  gratitude: 1,
  hope: 1,
  pride: 1,
};

/** Space-separated entries; a multi-word entry is a phrase matched on whole words. */
const vocabulary: Record<Emotion, string> = {
  sadness: `sad sadder saddest sadness unhappy miserable depressed depressing depression heartbroken heartbreak heartbreaking
    gutted devastated grief grieving grieve mourning mourn crying cried cry tears tearful sobbing sobbed weeping wept
    despair despairing gloomy sorrow bereft melancholy upset disappointed disappointment hopeless empty numb
    feel_down feeling_down felt_down feel_low feeling_low felt_low feeling_blue let_down broken_hearted`,
  anxiety: `anxious anxiety worried worry worrying worries nervous panic panicking panicked panicky scared afraid
    frightened fear fearful terrified dread dreading uneasy restless tense stressed stress stressful overwhelmed
    overwhelming overthinking jittery apprehensive paranoid on_edge freaking_out freaked_out`,
  anger: `angry anger furious fuming livid annoyed irritated irritable frustrated frustrating frustration resentful
    resentment rage raging outraged infuriated infuriating seething bitter hate hated mad_at pissed_off fed_up`,
  loneliness: `lonely loneliness lonesome isolated isolation disconnected abandoned excluded unwanted left_out
    feel_alone feeling_alone felt_alone so_alone all_alone no_friends no_one_to_talk_to nobody_to_talk_to feel_invisible`,
  exhaustion: `exhausted exhausting exhaustion tired tiredness weary drained fatigue fatigued sleepy knackered burnout
    depleted worn_out burnt_out burned_out running_on_empty`,
  shame: `ashamed shame embarrassed embarrassing humiliated humiliating guilty guilt regret regretting regretted worthless
    my_fault a_failure feel_useless feeling_useless hate_myself`,
  joy: `happy happier happiest happiness joy joyful glad delighted excited exciting thrilled ecstatic cheerful elated
    wonderful fun laughed laughing laughter smile smiled smiling enjoy enjoyed enjoying love loved loving lovely amazing
    fantastic awesome`,
  calm: `calm calmer calmness peaceful peace relaxed relaxing serene content contented rested tranquil centred
    centered grounded relieved relief at_ease at_peace`,
  gratitude: `grateful gratitude thankful thanks thank appreciate appreciated appreciative blessed lucky fortunate`,
  hope: `hope hopeful hoping hopefully optimistic optimism encouraged motivated determined looking_forward can_not_wait
    cannot_wait things_will_get_better`,
  pride: `proud pride accomplished achievement achieved`,
};

/** Emoji that name a feeling (variation selectors and skin tones are stripped before lookup). */
const emojiVocabulary: Record<Emotion, string> = {
  sadness: '😢 😭 😞 😔 ☹ 🙁 💔 😿',
  anxiety: '😰 😨 😱 😟 😬 😧',
  anger: '😠 😡 🤬 😤',
  loneliness: '',
  exhaustion: '😴 🥱 😫 😩',
  shame: '😳 🫣',
  joy: '😀 😃 😄 😁 😆 😊 🙂 🥳 🎉 😍 🥰 ❤ 💕',
  calm: '😌 🧘',
  gratitude: '🙏',
  hope: '🤞 🌈',
  pride: '💪 🏆',
};

interface Entry {
  words: string[];
  emotion: Emotion;
}

/** Entries indexed by their first word, longest first, so phrases win over single words. */
const byFirstWord = new Map<string, Entry[]>();
const emojiEmotion = new Map<string, Emotion>();
for (const emotion of emotions) {
  for (const raw of vocabulary[emotion].split(/\s+/)) {
    if (!raw) continue;
    const words = raw.split('_');
    const first = words[0] as string;
    const list = byFirstWord.get(first) ?? [];
    list.push({ words, emotion });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(first, list);
  }
  for (const symbol of emojiVocabulary[emotion].split(' ')) if (symbol) emojiEmotion.set(symbol, emotion);
}

/** The emotion a single word names, if any (used to give unrated feeling words a valence). */
export function emotionOfWord(word: string): Emotion | undefined {
  return byFirstWord.get(word)?.find((entry) => entry.words.length === 1)?.emotion;
}

export function emotionOfEmoji(symbol: string): Emotion | undefined {
  return emojiEmotion.get(stripEmojiModifiers(symbol));
}

export function stripEmojiModifiers(symbol: string): string {
  return symbol.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '').replace(/\u200D.*/u, '');
}

/** Negators that cancel a feeling word up to three words after them in the same clause. */
const emotionNegators = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'without', 'hardly', 'barely', 'neither', 'nor']);

/** A clause as lower-cased tokens (words and emoji), as produced by the sentiment tokenizer. */
export type Clause = readonly string[];

/** True when tokens[index] is in the scope of a negation (up to three words back in the clause). */
export function isNegated(tokens: Clause, index: number): boolean {
  for (let back = 1; back <= 3 && index - back >= 0; back += 1) {
    const token = tokens[index - back] as string;
    if (!emotionNegators.has(token)) continue;
    const next = tokens[index - back + 1];
    // "nothing but joy", "never so happy", "never been this calm", "not only ... but"
    if (next === 'but' || next === 'only') continue;
    if (token === 'never' && tokens.slice(index - back + 1, index).some((word) => word === 'so' || word === 'this' || word === 'more')) continue;
    return true;
  }
  return false;
}

/**
 * The main emotions named in the clauses, strongest first (by how often each is named, then by
 * first appearance), at most `limit` of them.
 */
export function detectEmotions(clauses: readonly Clause[], limit = 3): Emotion[] {
  const counts = new Map<Emotion, { count: number; first: number }>();
  let position = 0;
  const add = (emotion: Emotion) => {
    const seen = counts.get(emotion);
    if (seen) seen.count += 1;
    else counts.set(emotion, { count: 1, first: position });
  };
  for (const tokens of clauses) {
    for (let i = 0; i < tokens.length; i += 1, position += 1) {
      const token = tokens[i] as string;
      const fromEmoji = emotionOfEmoji(token);
      if (fromEmoji) {
        add(fromEmoji);
        continue;
      }
      const entries = byFirstWord.get(token);
      if (!entries) continue;
      const entry = entries.find((candidate) => candidate.words.every((word, offset) => tokens[i + offset] === word));
      if (!entry) continue;
      if (!isNegated(tokens, i)) add(entry.emotion);
      i += entry.words.length - 1;
      position += entry.words.length - 1;
    }
  }
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map(([emotion]) => emotion);
}
