import { useCallback, useState } from 'react';

export type CopyState = 'copied' | 'failed' | undefined;

/** Copies text to the clipboard and remembers how it went, for a status line beside the button. */
export function useCopy(): [CopyState, (text: string) => void] {
  const [state, setState] = useState<CopyState>();
  const copy = useCallback((text: string) => {
    const done = navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'));
    done.then(
      () => setState('copied'),
      () => setState('failed'),
    );
  }, []);
  return [state, copy];
}

/** What to announce after copying `what` ("the key", "the codes"). */
export function copyMessage(state: CopyState, what: string): string {
  if (state === 'copied') return 'Copied to the clipboard.';
  if (state === 'failed') return `Could not copy. Select ${what} and copy by hand instead.`;
  return '';
}
