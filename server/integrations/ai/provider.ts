/** What an AI provider says about a journal entry. */
export interface EntryAnalysis {
  sentiment: { score: number; label: 'negative' | 'neutral' | 'positive'; emotions: string[] };
  reflection: { acknowledgement: string; strategy: { id: string; title: string; steps: string[]; basis: string } };
}

/** What the caller tells a provider about a transaction to categorise: no amount, no date, no account. */
export interface CategorySuggestionInput {
  payee: string;
  note: string | null;
  kind: 'expense' | 'income';
  /** The person's active categories of this kind; the answer must be one of these ids. */
  categories: Array<{ id: string; name: string }>;
  /** For the per-person budget; never sent to the remote model. */
  userId: string;
}

/**
 * The AI behind Daybook's insights: `local` (default, offline, in-process) or an
 * OpenAI-compatible server. The crisis detector is not part of it: it always runs locally.
 */
export interface AiProvider {
  readonly name: string;
  analyseEntry(input: { text: string; seed: number; userId: string }): Promise<EntryAnalysis>;
  /**
   * A category for a transaction, as a suggestion the person confirms; null when the model has
   * none, fails or answers outside the list. Optional: the local provider leaves it out (the
   * local categoriser in server/modules/money/categorise/ already ran).
   */
  suggestCategory?(input: CategorySuggestionInput): Promise<{ categoryId: string; confidence: number } | null>;
}
