import type { AuthRepository } from './auth.repository.ts';

/**
 * Escalating delays after failed sign-ins (DESIGN.md, "Failed logins").
 * - per account and client IP: after 5 consecutive failures, each attempt must wait 1 s, 2 s, 4 s…
 *   up to 15 minutes. Keyed by the pair, so an attacker elsewhere does not slow the owner down.
 * - per client IP across accounts: the same, after 20 failures, against spraying many accounts.
 * - per account: after LOGIN_DISABLE_AFTER_FAILURES consecutive failures from anywhere, the account
 *   is disabled until its owner resets the password by email.
 * Unknown emails are counted exactly like real ones, so the answers never reveal which exist.
 */
export const pairFreeFailures = 5;
export const ipFreeFailures = 20;
export const maxDelaySeconds = 15 * 60;
/** IP failures older than this no longer count, so a shared address recovers by itself. */
const ipFailureMemoryMs = 60 * 60 * 1000;

export function delaySeconds(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** (failures - freeFailures), maxDelaySeconds);
}

export interface ThrottleKeys {
  account: string;
  pair: string;
  ip: string;
}

export function throttleKeys(email: string, ip: string): ThrottleKeys {
  const normalised = email.trim().toLowerCase();
  return { account: `acct:${normalised}`, pair: `pair:${normalised}|${ip}`, ip: `ip:${ip}` };
}

export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'locked' }
  | { allowed: false; reason: 'wait'; retryAfterSeconds: number };

export class LoginThrottle {
  readonly #repository: AuthRepository;
  readonly #disableAfter: number;

  constructor(repository: AuthRepository, disableAfter: number) {
    this.#repository = repository;
    this.#disableAfter = disableAfter;
  }

  async check(keys: ThrottleKeys, now: Date): Promise<ThrottleVerdict> {
    const failures = await this.#repository.getFailures([keys.account, keys.pair, keys.ip]);
    if ((failures.get(keys.account)?.count ?? 0) >= this.#disableAfter) return { allowed: false, reason: 'locked' };
    let retryAfterSeconds = 0;
    const pair = failures.get(keys.pair);
    if (pair) retryAfterSeconds = Math.max(retryAfterSeconds, this.#remaining(pair, pairFreeFailures, now));
    const ip = failures.get(keys.ip);
    if (ip && now.getTime() - ip.lastFailureAt.getTime() < ipFailureMemoryMs) {
      retryAfterSeconds = Math.max(retryAfterSeconds, this.#remaining(ip, ipFreeFailures, now));
    }
    return retryAfterSeconds > 0 ? { allowed: false, reason: 'wait', retryAfterSeconds } : { allowed: true };
  }

  /** Records a failure; returns true when this failure crossed the disable threshold. */
  async recordFailure(keys: ThrottleKeys, now: Date): Promise<{ disableAccount: boolean }> {
    const existing = await this.#repository.getFailures([keys.ip]);
    const ip = existing.get(keys.ip);
    if (ip && now.getTime() - ip.lastFailureAt.getTime() >= ipFailureMemoryMs) await this.#repository.resetFailures([keys.ip]);
    const counts = await this.#repository.recordFailure([keys.account, keys.pair, keys.ip], now);
    return { disableAccount: (counts.get(keys.account) ?? 0) === this.#disableAfter };
  }

  /** A correct password clears the account's counters; the IP's decay with time instead. */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.#repository.resetFailures([keys.account, keys.pair]);
  }

  /** A password reset re-enables sign-in for the account. */
  async clearAccount(email: string): Promise<void> {
    const normalised = email.trim().toLowerCase();
    await this.#repository.resetFailures([`acct:${normalised}`]);
  }

  #remaining(entry: { count: number; lastFailureAt: Date }, freeFailures: number, now: Date): number {
    const waitMs = delaySeconds(entry.count, freeFailures) * 1000;
    const elapsed = now.getTime() - entry.lastFailureAt.getTime();
    return waitMs > elapsed ? Math.ceil((waitMs - elapsed) / 1000) : 0;
  }
}
