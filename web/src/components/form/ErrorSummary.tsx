import { useId, type ReactNode, type Ref } from 'react';
import { AlertIcon } from '../icons.tsx';
import { hasErrors, type FormErrors } from './form-errors.ts';

interface ErrorSummaryProps<Field extends string> {
  errors: FormErrors<Field>;
  /** The id of each field's control, so each message links to its field. */
  fieldIds: Partial<Record<Field, string>>;
  ref: Ref<HTMLDivElement>;
  title?: string;
  /** Extra help under the messages, such as a link to reset a password. */
  children?: ReactNode;
}

/** The list of problems at the top of a form; focused after a failed submit. */
export function ErrorSummary<Field extends string>({ errors, fieldIds, ref, title = 'There is a problem', children }: ErrorSummaryProps<Field>) {
  const titleId = useId();
  if (!hasErrors(errors)) return null;
  const fieldEntries = (Object.entries(errors.fields) as Array<[Field, string | undefined]>).filter(([, message]) => message);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="flex items-start gap-3 rounded-2xl border border-bad/30 bg-bad-soft p-4"
    >
      <AlertIcon className="mt-0.5 size-5 shrink-0 text-bad" />
      <div className="min-w-0 flex-1 text-sm leading-relaxed">
        <h2 id={titleId} className="font-semibold text-ink">
          {title}
        </h2>
        <ul className="mt-1 space-y-1 text-ink">
          {errors.form && <li>{errors.form}</li>}
          {fieldEntries.map(([field, message]) => {
            const target = fieldIds[field];
            return (
              <li key={field}>
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(target)?.focus();
                    }}
                    className="font-medium text-bad underline underline-offset-2"
                  >
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
        {children}
      </div>
    </div>
  );
}
