/**
 * Multinomial naive Bayes over word tokens with additive (Laplace) smoothing: the textbook text
 * classifier (Manning, Raghavan & Schütze, "Introduction to Information Retrieval", ch. 13).
 * Examples carry a weight so recent transactions can count more than old ones. Pure and
 * deterministic: ties go to the label listed first.
 */
export class NaiveBayes {
  readonly #smoothing: number;
  readonly #classWeight = new Map<string, number>();
  readonly #tokenWeight = new Map<string, Map<string, number>>();
  readonly #tokenTotal = new Map<string, number>();
  readonly #vocabulary = new Set<string>();
  #totalWeight = 0;

  /** `smoothing` is the pseudo-count added to every token of every class (1 = Laplace). */
  constructor(smoothing = 1) {
    this.#smoothing = smoothing;
  }

  learn(tokens: readonly string[], label: string, weight = 1): void {
    if (tokens.length === 0 || weight <= 0) return;
    this.#totalWeight += weight;
    this.#classWeight.set(label, (this.#classWeight.get(label) ?? 0) + weight);
    let counts = this.#tokenWeight.get(label);
    if (!counts) {
      counts = new Map();
      this.#tokenWeight.set(label, counts);
    }
    for (const token of tokens) {
      counts.set(token, (counts.get(token) ?? 0) + weight);
      this.#vocabulary.add(token);
    }
    this.#tokenTotal.set(label, (this.#tokenTotal.get(label) ?? 0) + weight * tokens.length);
  }

  /** Whether any example of this label was learned. */
  knows(label: string): boolean {
    return this.#classWeight.has(label);
  }

  /**
   * The most probable of `labels` and its posterior probability among them. Class priors are
   * Laplace-smoothed too, so a rare category is never ruled out by its prior alone. Tokens never seen in training say nothing
   * either way and are skipped; with none left there is no evidence beyond the prior, so the
   * answer is null rather than "the most common class".
   */
  classify(tokens: readonly string[], labels: readonly string[]): { label: string; probability: number; knownTokens: number } | null {
    const known = tokens.filter((token) => this.#vocabulary.has(token));
    if (known.length === 0 || labels.length === 0) return null;
    const vocabularySize = this.#vocabulary.size;
    const priorDenominator = this.#totalWeight + labels.length;
    const scores: Array<{ label: string; logScore: number }> = [];
    for (const label of labels) {
      const counts = this.#tokenWeight.get(label);
      const denominator = (this.#tokenTotal.get(label) ?? 0) + this.#smoothing * vocabularySize;
      let logScore = Math.log(((this.#classWeight.get(label) ?? 0) + 1) / priorDenominator);
      for (const token of known) logScore += Math.log(((counts?.get(token) ?? 0) + this.#smoothing) / denominator);
      scores.push({ label, logScore });
    }
    // Normalise in log space (subtract the maximum) so long notes cannot underflow to 0/0.
    let best = scores[0] as { label: string; logScore: number };
    for (const score of scores) if (score.logScore > best.logScore) best = score;
    let sum = 0;
    for (const score of scores) sum += Math.exp(score.logScore - best.logScore);
    return { label: best.label, probability: 1 / sum, knownTokens: known.length };
  }
}
