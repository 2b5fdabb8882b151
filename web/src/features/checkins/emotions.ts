/** Emotion tags as typed ("calm, a bit tired") and back. The server lower-cases and de-duplicates. */
export function parseEmotions(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}

export function emotionsText(emotions: readonly string[]): string {
  return emotions.join(', ');
}
