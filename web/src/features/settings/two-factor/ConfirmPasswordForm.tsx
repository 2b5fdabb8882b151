import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../../components/form/form-errors.ts';
import { PasswordField } from '../../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';

type Field = 'password';

interface ConfirmPasswordFormProps<T> {
  /** Unique on the page. */
  id: string;
  /** Why the password is asked for, in a sentence. */
  reason: string;
  submitLabel: string;
  pendingLabel: string;
  /** The request to make with the password. */
  action: (password: string) => Promise<T>;
  onDone: (result: T) => void;
  onCancel: () => void;
}

/** Asks for the account's password before a sensitive change (two-factor, backup codes). */
export function ConfirmPasswordForm<T>({ id, reason, submitLabel, pendingLabel, action, onDone, onCancel }: ConfirmPasswordFormProps<T>) {
  const [password, setPassword] = useState('');
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const ids: Record<Field, string> = { password: id };
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: onDone,
    onError: (error) => fail(errorsFromApi<Field>(error, (code) => (code === 'INVALID_PASSWORD' ? 'password' : undefined))),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!password) return fail({ fields: { password: 'Enter your password.' } });
    clear();
    mutation.mutate(password);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-md space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} />
      <PasswordField
        id={id}
        label="Your password"
        hint={reason}
        autoComplete="current-password"
        autoFocus
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={mutation.isPending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
