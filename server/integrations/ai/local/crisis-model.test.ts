import { describe, expect, it } from 'vitest';
import { analyseRules, combine, detectCrisis } from './crisis.ts';
import { unitsOf, windowsOf } from './crisis-features.ts';
import { crisisModel, modelProbability } from './crisis-model.ts';
import { normaliseForCrisis } from './crisis-normalise.ts';

const probability = (text: string) => {
  const { sentences, ruleStrengths, ruledOut } = analyseRules(text);
  return modelProbability(sentences, ruleStrengths, ruledOut);
};

describe('crisis model (learned layer)', () => {
  it('loads once, with a threshold and a small set of finite weights', () => {
    const model = crisisModel();
    expect(crisisModel()).toBe(model);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(model.weights.size).toBeGreaterThan(100);
    expect(model.weights.size).toBeLessThan(40_000);
    for (const weight of model.weights.values()) expect(Number.isFinite(weight)).toBe(true);
  });

  it('is deterministic', () => {
    const text = 'Wrote letters to everyone tonight and put them where they will find them.';
    expect(probability(text)).toBe(probability(text));
    expect(detectCrisis(text)).toEqual(detectCrisis(text));
  });

  it.each([
    'I have been saving up my pills and I know when I will take them.',
    'nobody would even notice if i was gone tbh',
    'I wrote my goodbye letters tonight.',
  ])('flags a clear case: %s', (text) => {
    expect(detectCrisis(text).level).not.toBe('none');
  });

  it.each(['Had a lovely walk with the dog and made soup.', 'Work was busy, the train was late, dinner was nice.', 'Can you recommend a good pasta recipe?'])('leaves an ordinary day alone: %s', (text) => {
    expect(probability(text)).toBeLessThan(crisisModel().threshold);
    expect(detectCrisis(text).level).toBe('none');
  });

  it('scores empty text as 0', () => {
    expect(probability('')).toBe(0);
    expect(probability('😀 ...')).toBe(0);
  });

  it('finds one crisis sentence at the end of a long ordinary entry (max over windows)', () => {
    const filler = 'Went to the shop, made soup, watched a film with Sam and went to bed early. '.repeat(60);
    const sentence = 'I have been saving up my pills and I know when I will take them.';
    expect(probability(`${filler}${sentence}`)).toBeGreaterThanOrEqual(probability(sentence) - 1e-9);
    expect(detectCrisis(`${filler}${sentence}`).level).not.toBe('none');
  });

  it('cuts long sentences into bounded windows', () => {
    const units = unitsOf(normaliseForCrisis('and then we walked '.repeat(500)));
    expect(units.length).toBeGreaterThan(10);
    for (const unit of units) expect(unit.words).toBeLessThanOrEqual(48);
    expect(windowsOf(units).length).toBeLessThanOrEqual(units.length);
  });

  it('reports a model-only flag as a concern with the signal "model", never the text', () => {
    expect(combine({ level: 'none', signals: [] }, 0.99, 0.5)).toEqual({ level: 'concern', signals: ['model'] });
    expect(combine({ level: 'none', signals: [] }, 0.1, 0.5)).toEqual({ level: 'none', signals: [] });
    expect(combine({ level: 'crisis', signals: ['explicit_intent'] }, 0.1, 0.5)).toEqual({ level: 'crisis', signals: ['explicit_intent'] });
  });

  it('scores a 5,000-character entry quickly', () => {
    const entry = 'Long day. Work was busy and the train was late, but dinner with Sam was lovely and I feel calmer now. '.repeat(48);
    detectCrisis(entry);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) detectCrisis(entry);
    expect((performance.now() - started) / 5).toBeLessThan(200); // generous: CI machines are shared
  });
});
