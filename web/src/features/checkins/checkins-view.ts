/** Where the check-ins page is, kept in its address: ?owner=<id>&view=overview|history|settings&days=7|30. */
export type View = 'overview' | 'history' | 'settings';

export const views: ReadonlyArray<{ value: View; label: string; ownOnly?: boolean }> = [
  { value: 'overview', label: 'Overview' },
  { value: 'history', label: 'History' },
  // Settings belong to their owner: only for one's own check-ins.
  { value: 'settings', label: 'Settings', ownOnly: true },
];

export function viewFrom(params: URLSearchParams, ownData: boolean): View {
  const value = params.get('view');
  const found = views.find((view) => view.value === value && (ownData || !view.ownOnly));
  return found?.value ?? 'overview';
}

/** The same address with some parameters changed (undefined removes one). */
export function withParams(params: URLSearchParams, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '?';
}
