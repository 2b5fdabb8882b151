import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { StrengthEstimate } from './strength-engine.ts';

type Engine = typeof import('./strength-engine.ts');

let engineLoad: Promise<Engine> | undefined;

/** Starts loading the strength checker (once); safe to call early, e.g. when a form opens. */
export function loadStrengthEngine(): Promise<Engine> {
  engineLoad ??= import('./strength-engine.ts');
  // A failed download can be retried on the next call.
  engineLoad.catch(() => {
    engineLoad = undefined;
  });
  return engineLoad;
}

/**
 * zxcvbn's estimate for a password, once the checker has loaded (undefined until then, or if it
 * could not load: the length rule still shows, and the server checks the password anyway).
 */
export function usePasswordStrength(password: string, userInputs: readonly string[]): StrengthEstimate | undefined {
  const [engine, setEngine] = useState<Engine>();
  useEffect(() => {
    let active = true;
    loadStrengthEngine().then(
      (loaded) => {
        if (active) setEngine(loaded);
      },
      () => {},
    );
    return () => {
      active = false;
    };
  }, []);

  const deferred = useDeferredValue(password);
  const inputsKey = userInputs.join('\n');
  return useMemo(() => {
    if (!engine || deferred === '') return undefined;
    return engine.estimateStrength(deferred, inputsKey.split('\n').filter(Boolean));
  }, [engine, deferred, inputsKey]);
}
