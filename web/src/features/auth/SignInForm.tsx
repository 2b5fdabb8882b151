import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi, looksLikeEmail, type FormErrors } from '../../components/form/form-errors.ts';
import { PasswordField } from '../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { isApiError } from '../../lib/api-client.ts';
import { useCountdown } from '../../lib/use-countdown.ts';
import { signIn, type SignInInput } from './auth-api.ts';
import { authLinkClasses } from './AuthPage.tsx';
import { ResendVerification } from './ResendVerification.tsx';
import { refreshSession } from './session.ts';

type Field = 'email' | 'password';
const ids: Record<Field, string> = { email: 'sign-in-email', password: 'sign-in-password' };

function validate({ email, password }: SignInInput): FormErrors<Field> {
  const fields: Partial<Record<Field, string>> = {};
  if (!email.trim()) fields.email = 'Enter your email address.';
  else if (!looksLikeEmail(email)) fields.email = 'Enter an email address like name@example.org.';
  if (!password) fields.password = 'Enter your password.';
  return { fields };
}

/** Email and password; hands over to the two-factor step when the account has one. */
export function SignInForm({ next }: { next: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const [waitSeconds, startWait] = useCountdown();

  const mutation = useMutation({
    mutationFn: async (input: SignInInput) => {
      const result = await signIn(input);
      if (!result.twoFactorRedirect) await refreshSession(queryClient);
      return result;
    },
    onSuccess: async (result) => {
      if (result.twoFactorRedirect) await navigate(`/sign-in/two-factor${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`);
      else await navigate(next, { replace: true });
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'SIGN_IN_THROTTLED' && error.retryAfterSeconds) startWait(error.retryAfterSeconds);
      fail(errorsFromApi<Field>(error));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending || waitSeconds > 0) return;
    const input = { email: email.trim(), password, rememberMe };
    const problems = validate(input);
    if (Object.keys(problems.fields).length > 0) return fail(problems);
    clear();
    mutation.mutate(input);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} title={errors.form ? 'Could not sign you in' : undefined}>
        {errors.code === 'ACCOUNT_LOCKED' && (
          <p className="mt-2">
            <Link to={`/forgot-password?email=${encodeURIComponent(email.trim())}`} className="font-semibold underline underline-offset-4">
              Reset your password by email
            </Link>
          </p>
        )}
        {errors.code === 'EMAIL_NOT_VERIFIED' && (
          <p className="mt-2">
            <ResendVerification email={email.trim()} />
          </p>
        )}
      </ErrorSummary>
      <TextField
        id={ids.email}
        label="Email address"
        type="email"
        autoComplete="username"
        inputMode="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.fields.email}
      />
      <PasswordField
        id={ids.password}
        label="Password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
        labelAside={
          <Link to={`/forgot-password${email.trim() ? `?email=${encodeURIComponent(email.trim())}` : ''}`} className={`text-sm ${authLinkClasses}`}>
            Forgot your password?
          </Link>
        }
      />
      <Checkbox
        id="sign-in-remember"
        label="Keep me signed in"
        hint="Stay signed in on this device for longer. Leave this off on a shared computer."
        checked={rememberMe}
        onChange={(event) => setRememberMe(event.target.checked)}
      />
      <SubmitButton pending={mutation.isPending} pendingLabel="Signing in…" blocked={waitSeconds > 0} className="w-full">
        {waitSeconds > 0 ? `Try again in ${waitSeconds} s` : 'Sign in'}
      </SubmitButton>
    </form>
  );
}
