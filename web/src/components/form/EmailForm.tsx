import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ButtonVariant } from '../button-styles.ts';
import { EmailField } from './EmailField.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { emailProblem, errorsFromApi } from './form-errors.ts';
import { SubmitButton } from './SubmitButton.tsx';
import { useFormErrors } from './use-form-errors.ts';

interface EmailFormProps<Result> {
  id: string;
  label: string;
  hint?: ReactNode;
  autoComplete?: string;
  initialEmail?: string;
  /** The message for an empty field; without it the address is optional (undefined is sent). */
  whenEmpty?: string;
  /** Server error codes that are about the address, so their message shows at the field. */
  emailCodes?: (code: string) => boolean;
  /** The request to make with the address. */
  action: (email: string | undefined) => Promise<Result>;
  onDone: (result: Result, email: string | undefined) => void;
  /** Typing again, e.g. to hide the last success message. */
  onEdit?: () => void;
  submitLabel: string;
  pendingLabel: string;
  submitVariant?: ButtonVariant;
  submitClassName?: string;
  errorTitle?: string;
  className?: string;
  /** More fields, between the address and the button (their values live with the caller). */
  children?: ReactNode;
}

/** A form built around one email address: checks it, sends it, shows the server's problems at the field. */
export function EmailForm<Result>(props: EmailFormProps<Result>) {
  const { id, label, hint, autoComplete, initialEmail = '', whenEmpty, emailCodes = () => false, action, onDone, onEdit } = props;
  const [email, setEmail] = useState(initialEmail);
  const { errors, fail, clear, summaryRef } = useFormErrors<'email'>();
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: (result, sent) => {
      setEmail('');
      onDone(result, sent);
    },
    onError: (error) => fail(errorsFromApi<'email'>(error, (code) => (emailCodes(code) ? 'email' : undefined))),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problem = emailProblem(email, whenEmpty);
    if (problem) return fail({ fields: { email: problem } });
    clear();
    mutation.mutate(email.trim() || undefined);
  };

  return (
    <form noValidate onSubmit={onSubmit} className={`space-y-5 ${props.className ?? ''}`}>
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={{ email: id }} title={props.errorTitle} />
      <EmailField
        id={id}
        label={label}
        hint={hint}
        autoComplete={autoComplete}
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          onEdit?.();
        }}
        error={errors.fields.email}
      />
      {props.children}
      <SubmitButton pending={mutation.isPending} pendingLabel={props.pendingLabel} variant={props.submitVariant} className={props.submitClassName}>
        {props.submitLabel}
      </SubmitButton>
    </form>
  );
}
