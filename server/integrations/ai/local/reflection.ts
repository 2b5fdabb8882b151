import { chooseStrategy, type CopingStrategy } from './coping.ts';

export interface Reflection {
  acknowledgement: string;
  strategy: CopingStrategy;
}

const acknowledgements: Record<string, readonly string[]> = {
  negative: [
    'It sounds like today has been heavy. Thank you for putting it into words — that takes effort.',
    'That sounds hard. Noticing and naming what you feel is already a step of care for yourself.',
  ],
  neutral: [
    'Thanks for checking in with yourself today. Steady days are worth noticing too.',
    'A quieter day, it seems. Writing it down helps you see patterns over time.',
  ],
  positive: [
    'There is some real lightness in what you wrote. It is worth savouring what helped.',
    'It sounds like good things happened today. Noticing them helps them last.',
  ],
};

const emotionNotes: Record<string, string> = {
  anxiety: 'Worry can make everything feel urgent; your body may need calming before your thoughts do.',
  sadness: 'Sadness often asks for gentleness rather than fixing.',
  loneliness: 'Feeling alone is painful, and it is also something many people share.',
  anger: 'Anger often points to something that matters to you.',
  exhaustion: 'Being tired colours everything; rest is not a reward you have to earn.',
  gratitude: 'Gratitude is worth writing down; it is easy to forget later.',
};

/** A short, kind reflection that never quotes the entry back, plus one strategy to try. */
export function composeReflection(label: 'negative' | 'neutral' | 'positive', emotions: readonly string[], seed: number): Reflection {
  const options = acknowledgements[label] ?? acknowledgements.neutral ?? [];
  const base = options[seed % options.length] ?? '';
  const note = emotions.map((emotion) => emotionNotes[emotion]).find(Boolean);
  return { acknowledgement: note ? `${base} ${note}` : base, strategy: chooseStrategy(emotions, seed) };
}
