/** Class names shared by every form control, so fields look and behave the same everywhere. */

// text-base (16px) keeps phones from zooming into a focused field.
export const inputClasses =
  'block min-h-11 w-full rounded-xl border border-line-strong bg-surface px-3.5 py-2 text-base text-ink shadow-xs shadow-black/[0.02] transition-colors placeholder:text-ink-muted hover:border-ink-muted aria-invalid:border-bad aria-invalid:ring-1 aria-invalid:ring-bad dark:shadow-none';

export const labelClasses = 'text-sm font-semibold text-ink';

export const hintClasses = 'text-sm leading-relaxed text-ink-muted';

export const fieldErrorClasses = 'flex items-start gap-1.5 text-sm font-medium text-bad';

/** Joins the ids that describe a control, dropping the missing ones. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
