/** What an AI provider says about a journal entry. */
export interface EntryAnalysis {
  sentiment: { score: number; label: 'negative' | 'neutral' | 'positive'; emotions: string[] };
  reflection: { acknowledgement: string; strategy: { id: string; title: string; steps: string[]; basis: string } };
}

/**
 * The AI behind Daybook's insights: `local` (default, offline, in-process) or an
 * OpenAI-compatible server. The crisis detector is not part of it: it always runs locally.
 */
export interface AiProvider {
  readonly name: string;
  analyseEntry(input: { text: string; seed: number; userId: string }): Promise<EntryAnalysis>;
}
