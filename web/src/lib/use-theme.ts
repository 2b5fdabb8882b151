import { useCallback, useSyncExternalStore } from 'react';
import { applyTheme, onExternalThemeChange, readThemePreference, saveThemePreference, type ThemePreference } from './theme.ts';

// A tiny external store: the preference lives in localStorage, so every toggle shares it.
const listeners = new Set<() => void>();
let current: ThemePreference | undefined;
let stopWatching: (() => void) | undefined;

function notify() {
  for (const listener of listeners) listener();
}

/** The system theme or another tab changed: re-read and re-apply. */
function refreshFromOutside() {
  current = readThemePreference();
  applyTheme(current);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stopWatching ??= onExternalThemeChange(refreshFromOutside);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  };
}

function getSnapshot(): ThemePreference {
  current ??= readThemePreference();
  return current;
}

/** The saved theme preference, and a setter that saves and applies it at once. */
export function useTheme(): [ThemePreference, (preference: ThemePreference) => void] {
  const preference = useSyncExternalStore(subscribe, getSnapshot);
  const setPreference = useCallback((next: ThemePreference) => {
    current = next;
    saveThemePreference(next);
    applyTheme(next);
    notify();
  }, []);
  return [preference, setPreference];
}
