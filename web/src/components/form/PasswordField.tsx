import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { EyeIcon, EyeOffIcon } from '../account-icons.tsx';
import { inputClasses } from './field-styles.ts';
import { FieldShell } from './FieldShell.tsx';

export interface PasswordFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  labelAside?: ReactNode;
  /** Below the input, e.g. a strength meter. */
  after?: ReactNode;
  describedByIds?: string | undefined;
}

/** A password input with a Show/Hide button, so people can check what they typed. */
export function PasswordField({ id, label, hint, error, labelAside, after, describedByIds, className = '', ...input }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const Icon = visible ? EyeOffIcon : EyeIcon;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} labelAside={labelAside} after={after} describedByIds={describedByIds}>
      {(ariaDescribedBy) => (
        <div className="relative">
          <input
            id={id}
            name={id}
            type={visible ? 'text' : 'password'}
            spellCheck={false}
            autoCapitalize="none"
            autoCorrect="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={ariaDescribedBy}
            className={`${inputClasses} pr-24 ${className}`}
            {...input}
          />
          <button
            type="button"
            aria-controls={id}
            aria-label={visible ? 'Hide password' : 'Show password'}
            onClick={() => setVisible((shown) => !shown)}
            className="absolute inset-y-1 right-1 inline-flex items-center gap-1.5 rounded-lg px-2.5 text-sm font-semibold text-ink-muted transition-colors hover:bg-surface-muted hover:text-ink"
          >
            <Icon className="size-4.5" />
            {visible ? 'Hide' : 'Show'}
          </button>
        </div>
      )}
    </FieldShell>
  );
}
