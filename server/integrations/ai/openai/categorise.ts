import { z } from 'zod';
import type { CategorySuggestionInput } from '../provider.ts';

/**
 * The prompt and answer check for `suggestCategory`. Categories are shown to the model as
 * numbers 1..n rather than their database ids: short numbers cost fewer tokens and cannot be
 * garbled into a near-miss id. Payee and note are untrusted text inside the prompt, but whatever
 * they make the model say, the answer can only be one of the listed numbers or nothing.
 */
export const categoryInstructions = `You sort one bank transaction into one of the person's spending or income categories.
Reply with JSON only: {"category":<the number of the best category, or null if none clearly fits>,"confidence":<0..1>}`;

/** Payee and note are cut to what a statement line holds, so a pasted essay cannot run up tokens. */
const fieldLimit = 200;

export function categoryPrompt(input: Pick<CategorySuggestionInput, 'payee' | 'note' | 'kind' | 'categories'>): string {
  const lines = [`Kind: ${input.kind}`, `Payee: ${input.payee.slice(0, fieldLimit)}`];
  if (input.note) lines.push(`Note: ${input.note.slice(0, fieldLimit)}`);
  lines.push('Categories:', ...input.categories.map((category, index) => `${index + 1}. ${category.name.slice(0, 80)}`));
  return lines.join('\n');
}

const answerSchema = z.object({
  category: z.number().int().positive().nullable(),
  confidence: z.number().min(0).max(1),
});

/**
 * The chosen category, null when the model says none fits, or `'malformed'` when the answer is
 * not the JSON asked for or names a number outside the list.
 */
export function readCategoryAnswer(content: string, categories: ReadonlyArray<{ id: string }>): { categoryId: string; confidence: number } | null | 'malformed' {
  const json = /\{[\s\S]*\}/.exec(content)?.[0];
  let parsed: z.infer<typeof answerSchema>;
  try {
    parsed = answerSchema.parse(JSON.parse(json ?? ''));
  } catch {
    return 'malformed';
  }
  if (parsed.category === null) return null;
  const category = categories[parsed.category - 1];
  return category ? { categoryId: category.id, confidence: parsed.confidence } : 'malformed';
}
