/**
 * zxcvbn-ts with its common and English dictionaries. Large, so it is only ever loaded through
 * a dynamic import (see use-password-strength.ts) and stays out of the main bundle.
 */
import { ZxcvbnFactory, type Score } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { passwordMaxLength } from './password-rules.ts';

const zxcvbn = new ZxcvbnFactory({
  translations,
  graphs: adjacencyGraphs,
  dictionary: { ...commonDictionary, ...englishDictionary },
  useLevenshteinDistance: true,
  maxLength: passwordMaxLength,
});

export interface StrengthEstimate {
  score: Score;
  /** The most useful single piece of advice, if any. */
  advice: string | undefined;
}

/** `userInputs`: words about this person (name, email) that make a password easy to guess. */
export function estimateStrength(password: string, userInputs: readonly string[]): StrengthEstimate {
  const result = zxcvbn.check(password, [...userInputs]);
  const advice = result.feedback.warning || (result.score < 3 ? result.feedback.suggestions[0] : undefined);
  return { score: result.score, advice: advice || undefined };
}
