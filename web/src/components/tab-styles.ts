/** Class names for a row of tabs (links that switch a page's section), so every tab row looks the same. */
const tabBase = 'inline-flex min-h-11 items-center border-b-2 px-4 text-sm font-semibold whitespace-nowrap transition-colors';

export function tabClasses(active: boolean): string {
  return `${tabBase} ${active ? 'border-accent text-ink' : 'border-transparent text-ink-muted hover:border-line-strong hover:text-ink'}`;
}

export const tabListClasses = '-mb-px flex gap-1 overflow-x-auto scrollbar-none';
