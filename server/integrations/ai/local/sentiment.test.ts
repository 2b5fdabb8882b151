import { describe, expect, it } from 'vitest';
import { detectEmotions } from './emotions.ts';
import { loadLexicons, parseVaderLexicon } from './lexicons.ts';
import { analyseSentiment, labelOf, neutralThreshold, tokenize, valenceOf } from './sentiment.ts';
import { expandContractions } from './text.ts';

describe('analyseSentiment: labels', () => {
  it.each([
    ['Had a lovely dinner with friends, I feel so grateful.', 'positive'],
    ['Therapy is really helping.', 'positive'],
    ['Works great!.', 'positive'],
    ['Not bad at all.', 'positive'],
    ["I've never been this happy.", 'positive'],
    ['Today was awful and I feel miserable.', 'negative'],
    ["I'm not happy.", 'negative'],
    ['Not good.', 'negative'],
    ['I DON’T feel good about this.', 'negative'],
    ["I can't sleep and nothing helps.", 'negative'],
    ['It does not work.', 'negative'],
    ['The food was good but the service was terrible.', 'negative'],
    ['The service was terrible but the food was amazing.', 'positive'],
    ['This workout is killing me.', 'negative'],
    ['I went to the shop.', 'neutral'],
    ['The meeting is at 10:30 on Tuesday.', 'neutral'],
    ['', 'neutral'],
    ['😭😭', 'negative'],
    ['I love it 😍', 'positive'],
    ['Great :)', 'positive'],
  ] as const)('%j -> %s', (text, label) => {
    expect(analyseSentiment(text).label).toBe(label);
  });

  it('keeps the score within -1..1, even for long, extreme text', () => {
    for (const text of ['wonderful amazing fantastic! '.repeat(500), 'horrible awful terrible!!! '.repeat(500)]) {
      const { score } = analyseSentiment(text);
      expect(Math.abs(score)).toBeLessThanOrEqual(1);
      expect(Math.abs(score)).toBeGreaterThan(0.5);
    }
  });

  it('averages over sentences, so one sad line in a long happy entry does not flip it', () => {
    const entry = `${'Lovely walk in the sun with the dog. '.repeat(5)}I felt a bit sad at lunch.`;
    expect(analyseSentiment(entry).label).toBe('positive');
  });

  it('intensifies with capitals, boosters and exclamation marks', () => {
    const plain = analyseSentiment('The film was good.').score;
    expect(analyseSentiment('The film was very good.').score).toBeGreaterThan(plain);
    expect(analyseSentiment('The film was GOOD.').score).toBeGreaterThan(plain);
    expect(analyseSentiment('The film was good!!!').score).toBeGreaterThan(plain);
    expect(analyseSentiment('The film was somewhat good.').score).toBeLessThan(plain);
  });

  it('labels by the neutral band', () => {
    expect(labelOf(neutralThreshold)).toBe('positive');
    expect(labelOf(-neutralThreshold)).toBe('negative');
    expect(labelOf(neutralThreshold / 2)).toBe('neutral');
  });

  it.each([
    ['symbols only', '!?.,;'.repeat(1_000)],
    ['one long word', 'a'.repeat(20_000)],
    ['negations without end', 'not '.repeat(5_000)],
    ['emoji', '😀'.repeat(5_000)],
    ['other scripts', '今日はとても疲れた。'.repeat(600)],
  ])('copes with 5,000+ characters of %s', (_name, text) => {
    const result = analyseSentiment(text);
    expect(Number.isFinite(result.score)).toBe(true);
    expect(['negative', 'neutral', 'positive']).toContain(result.label);
  });
});

describe('analyseSentiment: emotions', () => {
  it.each([
    ["I'm so anxious about tomorrow and I can't stop worrying.", ['anxiety']],
    ['Feeling lonely since the move, I have no one to talk to.', ['loneliness']],
    ['Grateful for my sister today, I feel calm.', ['gratitude', 'calm']],
    ["I'm exhausted and burnt out.", ['exhaustion']],
    ['So angry and frustrated with work.', ['anger']],
    ["I'm not anxious anymore, just tired.", ['exhaustion']],
    ['I am no longer angry.', []],
    ["Can't wait for the weekend!", ['hope']],
    ["I've never been this happy.", ['joy']],
    ['I hate myself.', ['shame']],
    ['Proud of myself for going 💪', ['pride']],
    ['😭', ['sadness']],
    ['The meeting is at ten.', []],
  ] as const)('%j -> %j', (text, expected) => {
    expect(analyseSentiment(text).emotions).toEqual(expected);
  });

  it('ranks by how often an emotion is named and keeps at most three', () => {
    const text = 'Sad. So sad and tearful. Worried. Angry. Lonely. Tired.';
    const found = analyseSentiment(text).emotions;
    expect(found).toHaveLength(3);
    expect(found[0]).toBe('sadness');
  });

  it('matches phrases on whole words only', () => {
    expect(detectEmotions([['feeling', 'down']])).toEqual(['sadness']);
    expect(detectEmotions([['calm', 'down', 'please']])).toEqual(['calm']);
    expect(detectEmotions([['downtown']])).toEqual([]);
  });
});

describe('tokens and lexicons', () => {
  it('expands contractions with and without apostrophes', () => {
    expect(expandContractions("i can't, he won't, they didnt, i'm, cant, canteen, wonton")).toBe('i can not, he will not, they did not, i am, can not, canteen, wonton');
  });

  it('splits sentences and clauses and keeps emoticons whole', () => {
    const sentences = tokenize('Great :) but, well... phone.Battery is 3.5 hours');
    expect(sentences.map((sentence) => sentence.tokens.map((token) => token.text))).toEqual([['great', ':)', 'but', 'well'], ['phone'], ['battery', 'is', '3.5', 'hours']]);
  });

  it('loads the VADER, AFINN and emoji ratings from the installed packages', () => {
    const { vader, afinn, emoji } = loadLexicons();
    expect(vader.size).toBeGreaterThan(7_000);
    expect(afinn.size).toBeGreaterThan(3_000);
    expect(emoji.size).toBeGreaterThan(100);
    expect(vader.get('good')).toBeGreaterThan(1);
    expect(parseVaderLexicon('nice\t1.8\t0.4\t[2, 2]\n\nbroken line\n')).toEqual(new Map([['nice', 1.8]]));
  });

  it('falls back to AFINN, then to base forms, then to feeling words', () => {
    const { vader } = loadLexicons();
    expect(vader.has('helped')).toBe(false);
    expect(valenceOf('helped')).toBeGreaterThan(0);
    expect(vader.has('apprehensive')).toBe(false);
    expect(valenceOf('apprehensive')).toBeLessThan(0); // AFINN
    expect(valenceOf('knackered')).toBeLessThan(0); // only in the emotion vocabulary
    expect(valenceOf('rested')).toBeGreaterThan(0);
    expect(valenceOf('table')).toBe(0);
  });
});
