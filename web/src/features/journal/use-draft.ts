import { useCallback, useEffect, useRef } from 'react';
import type { EntryInput } from './journal-api.ts';

const prefix = 'daybook-journal-draft';

/** A draft is per account and per entry ("new" for an entry not saved yet). */
export const draftKey = (accountId: string, entryId: string | undefined) => `${prefix}:${accountId}:${entryId ?? 'new'}`;

export interface StoredDraft {
  input: EntryInput;
  savedAt: string;
}

/** The draft kept for this key, if any. */
export function readDraft(key: string): StoredDraft | undefined {
  try {
    const text = localStorage.getItem(key);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<StoredDraft>;
    return draft.input && typeof draft.input.body === 'string' && typeof draft.savedAt === 'string' ? (draft as StoredDraft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps what is being written in localStorage (a second after typing pauses), so a closed tab or
 * a lost connection does not lose it. Read the kept draft with readDraft when the editor opens.
 */
export function useDraft(key: string, input: EntryInput, dirty: boolean) {
  const cleared = useRef(false);

  useEffect(() => {
    if (!dirty || cleared.current) return;
    const timer = window.setTimeout(() => {
      try {
        localStorage.setItem(key, JSON.stringify({ input, savedAt: new Date().toISOString() } satisfies StoredDraft));
      } catch {
        // Storage full or off: the draft is simply not kept.
      }
    }, 800);
    return () => window.clearTimeout(timer);
  }, [key, input, dirty]);

  const clear = useCallback(() => {
    cleared.current = true;
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  }, [key]);

  const resume = useCallback(() => {
    cleared.current = false;
  }, []);

  return { clear, resume };
}
