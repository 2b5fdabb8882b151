import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openSession, startE2E, type E2E, type Session, type SessionOptions, type StartOptions } from './fixtures.ts';

export interface BrowserSuite {
  /** The running server and browser (set in beforeAll). */
  readonly e2e: E2E;
  /** Opens a fresh browser session; it is closed after the test, which fails if it recorded problems. */
  open(options?: SessionOptions): Promise<Session>;
}

/**
 * Registers the usual hooks inside a describe block: one server and browser for the block, and
 * after each test, no console errors, CSP violations or failed requests in its sessions.
 * `prepare` runs once the server is up (e.g. to create the first account).
 */
export function useBrowserSuite(prepare?: (e2e: E2E) => Promise<void>, options?: StartOptions): BrowserSuite {
  let e2e: E2E | undefined;
  let sessions: Session[] = [];

  beforeAll(async () => {
    e2e = await startE2E(options);
    await prepare?.(e2e);
  });
  afterAll(async () => {
    await e2e?.close();
  });
  afterEach(async () => {
    const finished = sessions;
    sessions = [];
    for (const session of finished) await session.close();
    expect(finished.flatMap((session) => session.problems)).toEqual([]);
  });

  return {
    get e2e() {
      if (!e2e) throw new Error('e2e: the suite has not started yet');
      return e2e;
    },
    async open(options) {
      if (!e2e) throw new Error('e2e: the suite has not started yet');
      const session = await openSession(e2e, options);
      sessions.push(session);
      return session;
    },
  };
}

/** Drops the problems a test caused on purpose (matching `expected`); the rest must stay empty. */
export function allowProblems(session: Session, expected: RegExp): void {
  const unexpected = session.problems.filter((problem) => !expected.test(problem));
  session.problems.splice(0, session.problems.length, ...unexpected);
}
