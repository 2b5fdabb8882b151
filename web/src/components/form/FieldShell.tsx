import type { ReactNode } from 'react';
import { AlertIcon } from '../icons.tsx';
import { describedBy, fieldErrorClasses, hintClasses, labelClasses } from './field-styles.ts';

export interface FieldShellProps {
  /** The control's id; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown on the label's row, at the end (e.g. a "Forgot your password?" link). */
  labelAside?: ReactNode;
  /** Below the control (e.g. a strength meter); its id goes in `describedByIds`. */
  after?: ReactNode;
  /** More ids that describe the control, besides the hint and the error. */
  describedByIds?: string | undefined;
  /** Renders the control, given the aria-describedby value to put on it. */
  children: (ariaDescribedBy: string | undefined) => ReactNode;
}

/** Label, hint, control and error, wired together for assistive technology. */
export function FieldShell({ id, label, hint, error, labelAside, after, describedByIds, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <label htmlFor={id} className={labelClasses}>
          {label}
        </label>
        {labelAside}
      </div>
      {hint && (
        <p id={hintId} className={hintClasses}>
          {hint}
        </p>
      )}
      {children(describedBy(errorId, hintId, describedByIds))}
      {error && (
        <p id={errorId} className={fieldErrorClasses}>
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      )}
      {after}
    </div>
  );
}
