/** Colour tones for badges and icons. Text and icons carry the meaning; colour only reinforces it. */
export type Tone = 'ok' | 'warn' | 'bad' | 'neutral' | 'accent';

export const toneClasses: Record<Tone, string> = {
  ok: 'bg-ok-soft text-ok',
  warn: 'bg-warn-soft text-warn',
  bad: 'bg-bad-soft text-bad',
  neutral: 'bg-neutral-soft text-neutral',
  accent: 'bg-accent-soft text-accent-soft-ink',
};
