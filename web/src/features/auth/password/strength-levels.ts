import type { StrengthEstimate } from './strength-engine.ts';
import { codePointLength, passwordMaxLength, passwordMinLength } from './password-rules.ts';

export type StrengthTone = 'none' | 'bad' | 'warn' | 'ok';

export interface StrengthLevel {
  /** How many of the four bars to fill. */
  bars: 0 | 1 | 2 | 3 | 4;
  tone: StrengthTone;
  /** One or two words: "Too short", "Fair", "Very strong". */
  label: string;
  /** A sentence about the length rule or how to do better (empty before anything is typed). */
  detail: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The length rule comes first (it is what the server checks); then zxcvbn's score. */
export function strengthLevel(password: string, estimate: StrengthEstimate | undefined): StrengthLevel {
  const length = codePointLength(password);
  if (length === 0) return { bars: 0, tone: 'none', label: 'Not entered yet', detail: '' };
  if (length < passwordMinLength) {
    return { bars: 1, tone: 'bad', label: 'Too short', detail: `${plural(passwordMinLength - length, 'more character')} needed.` };
  }
  if (length > passwordMaxLength) {
    return { bars: 1, tone: 'bad', label: 'Too long', detail: `${plural(length - passwordMaxLength, 'character')} over the limit of ${passwordMaxLength}.` };
  }
  if (!estimate) return { bars: 2, tone: 'warn', label: 'Long enough', detail: `${plural(length, 'character')}.` };
  const advice = estimate.advice ?? `${plural(length, 'character')}.`;
  switch (estimate.score) {
    case 0:
    case 1:
      return { bars: 1, tone: 'bad', label: 'Easy to guess', detail: estimate.advice ?? 'Add another unrelated word or two.' };
    case 2:
      return { bars: 2, tone: 'warn', label: 'Fair', detail: estimate.advice ?? 'Another unrelated word would make it stronger.' };
    case 3:
      return { bars: 3, tone: 'ok', label: 'Strong', detail: advice };
    default:
      return { bars: 4, tone: 'ok', label: 'Very strong', detail: advice };
  }
}
