import {
  ConsecutiveBreaker,
  ExponentialBackoff,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  isBrokenCircuitError,
  isTaskCancelledError,
  retry,
  timeout,
  wrap,
} from 'cockatiel';
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Logger } from 'pino';
import type { Counter } from 'prom-client';
import { z } from 'zod';
import { chooseStrategy } from '../local/coping.ts';
import type { AiBudget } from '../budget.ts';
import type { AiProvider, CategorySuggestionInput, EntryAnalysis } from '../provider.ts';
import { categoryInstructions, categoryPrompt, readCategoryAnswer } from './categorise.ts';

export interface OpenAiOptions {
  baseURL: string;
  apiKey: string | undefined;
  model: string;
  maxTokens: number;
  temperature: number;
  timeoutMs: number;
  /** Used whenever the remote model fails, times out, is switched off by the breaker, or answers nonsense. */
  fallback: AiProvider;
  logger: Pick<Logger, 'warn'>;
  fallbacks: Counter<'reason'>;
  /** Consecutive failures that open the circuit (default 5). */
  breakerThreshold?: number;
  /** Per-person request and token limits; over them the local analysis is used. */
  budget?: AiBudget;
}

const answerSchema = z.object({
  sentiment: z.object({
    score: z.number().min(-1).max(1),
    label: z.enum(['negative', 'neutral', 'positive']),
    emotions: z.array(z.string().max(30)).max(5),
  }),
  acknowledgement: z.string().min(1).max(600),
});

const instructions = `You help a person reflect on their private journal. Reply with JSON only:
{"sentiment":{"score":<-1..1>,"label":"negative"|"neutral"|"positive","emotions":[up to 3 of: sadness, anxiety, anger, loneliness, exhaustion, shame, joy, calm, gratitude, hope, pride]},
 "acknowledgement":"<two warm sentences that acknowledge how the day felt, without quoting the entry, without advice, without diagnosis>"}`;

/** Enough for {"category":12,"confidence":0.85} with room for a model that adds spaces. */
const categoryAnswerTokens = 60;

/** Errors worth another try: rate limits, server errors, dropped connections, timeouts. */
function isTransient(error: unknown): boolean {
  if (error instanceof APIError) return error.status === undefined || error.status === 429 || error.status >= 500;
  return !(error instanceof MalformedAnswerError);
}

/** A short, fixed label for the metric and the log: never the error's message. */
function fallbackReason(error: unknown): string {
  if (error instanceof MalformedAnswerError) return 'malformed';
  // cockatiel's own predicates: they work across module copies, where instanceof may not.
  if (isBrokenCircuitError(error)) return 'circuit_open';
  if (isTaskCancelledError(error) || error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) return 'timeout';
  if (error instanceof APIError) return error.status === undefined ? 'network' : `http_${error.status}`;
  return 'unknown';
}

export class MalformedAnswerError extends Error {
  constructor() {
    super('the model answered something that is not the expected JSON');
    this.name = 'MalformedAnswerError';
  }
}

/**
 * Any OpenAI-compatible server through the official SDK. The SDK's own retries are off so one
 * policy governs: a timeout per attempt, three tries with exponential backoff on transient errors,
 * and a circuit breaker that stops calling a failing server for 30 s. Anything that still fails
 * falls back to the local provider, is logged (never with the text) and counted.
 */
export function createOpenAiProvider(options: OpenAiOptions): AiProvider {
  const client = new OpenAI({ baseURL: options.baseURL, apiKey: options.apiKey ?? 'unused', maxRetries: 0, timeout: options.timeoutMs });
  const policy = wrap(
    retry(handleWhen(isTransient), { maxAttempts: 2, backoff: new ExponentialBackoff({ initialDelay: 200, maxDelay: 2000 }) }),
    circuitBreaker(handleWhen(isTransient), { halfOpenAfter: 30_000, breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 5) }),
    timeout(options.timeoutMs, TimeoutStrategy.Aggressive),
  );

  /** One streamed chat completion: its text and the tokens it cost. */
  async function complete(system: string, text: string, maxTokens: number, temperature: number, signal: AbortSignal): Promise<{ content: string; tokens: number }> {
    const stream = await client.chat.completions.create(
      {
        model: options.model,
        max_tokens: maxTokens,
        temperature,
        stream: true,
        stream_options: { include_usage: true },
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: text },
        ],
      },
      { signal },
    );
    let content = '';
    let reported: number | undefined;
    for await (const chunk of stream) {
      content += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) reported = chunk.usage.total_tokens;
    }
    // Servers that do not report usage are charged about four characters a token.
    return { content, tokens: reported ?? Math.ceil((system.length + text.length + content.length) / 4) };
  }

  async function ask(text: string, signal: AbortSignal): Promise<{ answer: z.infer<typeof answerSchema>; tokens: number }> {
    const { content, tokens } = await complete(instructions, text, options.maxTokens, options.temperature, signal);
    const json = /\{[\s\S]*\}/.exec(content)?.[0];
    try {
      return { answer: answerSchema.parse(JSON.parse(json ?? '')), tokens };
    } catch {
      throw new MalformedAnswerError();
    }
  }

  /** Counted and logged by reason only: never the payee, the note or the category names. */
  function noteFailure(error: unknown, what: string): void {
    const reason = fallbackReason(error);
    options.fallbacks.inc({ reason });
    options.logger.warn({ reason }, what);
  }

  return {
    name: 'openai',
    async analyseEntry({ text, seed, userId }): Promise<EntryAnalysis> {
      if (options.budget && !(await options.budget.tryStart(userId, new Date()))) {
        options.fallbacks.inc({ reason: 'budget' });
        return options.fallback.analyseEntry({ text, seed, userId });
      }
      try {
        const { answer, tokens } = await policy.execute(({ signal }) => ask(text, signal));
        await options.budget?.spend(userId, tokens, new Date());
        const strategy = chooseStrategy(answer.sentiment.emotions, seed);
        return {
          sentiment: answer.sentiment,
          reflection: { acknowledgement: answer.acknowledgement, strategy: { id: strategy.id, title: strategy.title, steps: [...strategy.steps], basis: strategy.basis } },
        };
      } catch (error) {
        noteFailure(error, 'AI provider failed; used the local analysis');
        return options.fallback.analyseEntry({ text, seed, userId });
      }
    },

    async suggestCategory(input: CategorySuggestionInput): Promise<{ categoryId: string; confidence: number } | null> {
      if (input.categories.length === 0) return null;
      if (options.budget && !(await options.budget.tryStart(input.userId, new Date()))) {
        options.fallbacks.inc({ reason: 'budget' });
        return null;
      }
      try {
        const prompt = categoryPrompt(input);
        const { answer, tokens } = await policy.execute(async ({ signal }) => {
          // A category answer is a few dozen tokens; temperature 0 so the same line gets the same answer.
          const { content, tokens: spent } = await complete(categoryInstructions, prompt, Math.min(options.maxTokens, categoryAnswerTokens), 0, signal);
          const read = readCategoryAnswer(content, input.categories);
          if (read === 'malformed') throw new MalformedAnswerError();
          return { answer: read, tokens: spent };
        });
        await options.budget?.spend(input.userId, tokens, new Date());
        return answer;
      } catch (error) {
        // No local fallback here: the caller asks only after the local categoriser was unsure.
        noteFailure(error, 'AI provider failed to suggest a category');
        return null;
      }
    },
  };
}
