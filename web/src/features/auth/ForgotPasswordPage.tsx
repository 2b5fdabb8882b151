import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { KeyIcon } from '../../components/account-icons.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi, looksLikeEmail } from '../../components/form/form-errors.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { requestPasswordReset } from './auth-api.ts';
import { AuthPage, authLinkClasses } from './AuthPage.tsx';

type Field = 'email';
const ids: Record<Field, string> = { email: 'forgot-email' };

/** Asks for a reset link by email. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMutation({
    mutationFn: requestPasswordReset,
    onError: (error) => fail(errorsFromApi<Field>(error, (code) => (code.includes('EMAIL') ? 'email' : undefined))),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const value = email.trim();
    if (!looksLikeEmail(value)) return fail({ fields: { email: value ? 'Enter an email address like name@example.org.' : 'Enter your email address.' } });
    clear();
    mutation.mutate(value);
  };

  return (
    <AuthPage
      title="Reset your password"
      icon={KeyIcon}
      lead={<p>Enter the email address of your account and we will send you a link to choose a new password.</p>}
      footer={
        <p>
          Remembered it?{' '}
          <Link to="/sign-in" className={authLinkClasses}>
            Back to sign in
          </Link>
        </p>
      }
    >
      {mutation.isSuccess ? (
        <Notice tone="info" title="Check your inbox">
          If an account uses <strong className="font-semibold wrap-anywhere">{mutation.variables}</strong>, a link to reset its password is on
          its way. It works for one hour. Nothing arrived? Check your spam folder, or ask the person who runs this Daybook.
        </Notice>
      ) : (
        <form noValidate onSubmit={onSubmit} className="space-y-5">
          <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} />
          <TextField
            id={ids.email}
            label="Email address"
            type="email"
            inputMode="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.fields.email}
          />
          <SubmitButton pending={mutation.isPending} pendingLabel="Sending…" className="w-full">
            Send the reset link
          </SubmitButton>
        </form>
      )}
    </AuthPage>
  );
}
