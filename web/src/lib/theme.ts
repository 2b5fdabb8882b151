/**
 * The colour theme: a preference saved in localStorage, applied as the `dark` class on <html>.
 * web/public/theme-init.js applies it before first paint; keep the key and values in sync with it.
 */
export type ThemePreference = 'light' | 'dark' | 'system';

export const themeStorageKey = 'daybook-theme';
const darkQuery = '(prefers-color-scheme: dark)';

function isThemePreference(value: unknown): value is ThemePreference {
  return value === 'light' || value === 'dark' || value === 'system';
}

export function readThemePreference(): ThemePreference {
  try {
    const saved = window.localStorage.getItem(themeStorageKey);
    return isThemePreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function systemPrefersDark(): boolean {
  return window.matchMedia(darkQuery).matches;
}

export function resolveTheme(preference: ThemePreference): 'light' | 'dark' {
  if (preference === 'system') return systemPrefersDark() ? 'dark' : 'light';
  return preference;
}

export function applyTheme(preference: ThemePreference): void {
  const root = document.documentElement;
  root.classList.toggle('dark', resolveTheme(preference) === 'dark');
  root.dataset.theme = preference;
}

export function saveThemePreference(preference: ThemePreference): void {
  try {
    window.localStorage.setItem(themeStorageKey, preference);
  } catch {
    // Storage may be unavailable; the choice still applies for this page view.
  }
}

/** Calls back when the system theme or another tab's choice changes. */
export function onExternalThemeChange(callback: () => void): () => void {
  const media = window.matchMedia(darkQuery);
  const onStorage = (event: StorageEvent) => {
    if (event.key === themeStorageKey) callback();
  };
  media.addEventListener('change', callback);
  window.addEventListener('storage', onStorage);
  return () => {
    media.removeEventListener('change', callback);
    window.removeEventListener('storage', onStorage);
  };
}
