import type { Counter } from 'prom-client';
import { detectCrisis } from '../../integrations/ai/local/crisis.ts';
import { helplinesFor, type Helpline } from './helplines.ts';
import type { SafetyRepository } from './safety.repository.ts';

/** The support panel stays this long after the last crisis signal; one click cannot dismiss it. */
export const supportWindowMs = 72 * 60 * 60 * 1000;

export const notSubstituteNotice =
  'Daybook is not a substitute for professional care, and its reflections come from software, not a person. If you are in danger, contact emergency services now.';

export interface Support {
  level: 'concern' | 'crisis';
  message: string;
  helplines: Helpline[];
  safetyPlanPath: string;
  notice: string;
}

const messages = {
  crisis: 'What you wrote sounds really painful, and it matters that you are still here writing. You deserve support right now: please reach out to one of the people below, or someone you trust. If you might act on thoughts of ending your life, call emergency services.',
  concern: 'It sounds like things are very hard at the moment. You do not have to carry this alone: talking to someone can help, and the people below are there for exactly this.',
} as const;

/**
 * Runs the local crisis detector on every journal entry (and, later, chat message), whatever the
 * AI provider. Only the level and signal names are stored and counted; the text never is.
 */
export class SafetyService {
  readonly #repository: SafetyRepository;
  readonly #events: Counter<'level' | 'source'>;
  readonly #now: () => Date;

  constructor(repository: SafetyRepository, events: Counter<'level' | 'source'>, now: () => Date = () => new Date()) {
    this.#repository = repository;
    this.#events = events;
    this.#now = now;
  }

  async assess(userId: string, text: string, source: 'journal' | 'companion', country: string | undefined): Promise<Support | null> {
    const result = detectCrisis(text);
    if (result.level === 'none') return null;
    await this.#repository.recordCrisis(userId, result.level, result.signals, source, this.#now());
    this.#events.inc({ level: result.level, source });
    return this.support(result.level, country);
  }

  support(level: 'concern' | 'crisis', country: string | undefined): Support {
    return { level, message: messages[level], helplines: helplinesFor(country), safetyPlanPath: '/safety-plan', notice: notSubstituteNotice };
  }

  /** Whether the dashboard should show the support panel, and until when. */
  async status(userId: string, country: string | undefined) {
    const latest = await this.#repository.latestCrisisAt(userId);
    const until = latest ? new Date(latest.getTime() + supportWindowMs) : undefined;
    const active = until !== undefined && until > this.#now();
    return { supportActive: active, supportUntil: active && until ? until.toISOString() : null, helplines: helplinesFor(country), notice: notSubstituteNotice };
  }
}
