import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi, isNewPasswordCode, looksLikeEmail, type FormErrors } from '../../components/form/form-errors.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { signUp, type SignUpInput } from './auth-api.ts';
import { NewPasswordField } from './password/NewPasswordField.tsx';
import { refreshSession, setupQuery } from './session.ts';

type Field = 'name' | 'email' | 'password';
const ids: Record<Field, string> = { name: 'sign-up-name', email: 'sign-up-email', password: 'sign-up-password' };

function validate({ name, email, password }: SignUpInput): FormErrors<Field> {
  const fields: Partial<Record<Field, string>> = {};
  if (!name.trim()) fields.name = 'Enter your name.';
  if (!email.trim()) fields.email = 'Enter your email address.';
  else if (!looksLikeEmail(email)) fields.email = 'Enter an email address like name@example.org.';
  // Length and strength are the server's call: it answers with a message people can act on.
  if (!password) fields.password = 'Choose a password.';
  return { fields };
}

function fieldFor(code: string): Field | undefined {
  if (isNewPasswordCode(code)) return 'password';
  if (code.includes('EMAIL')) return 'email';
  if (code.includes('NAME')) return 'name';
  return undefined;
}

interface SignUpFormProps {
  /** Token from an invitation link, sent as X-Daybook-Invite. */
  invite: string | undefined;
  next: string;
  submitLabel: string;
}

/** Name, email and a new password with a strength meter; signs the new account in. */
export function SignUpForm({ invite, next, submitLabel }: SignUpFormProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<SignUpInput>({ name: '', email: '', password: '' });
  const [awaitingEmail, setAwaitingEmail] = useState<string>();
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();

  const mutation = useMutation({
    mutationFn: async (input: SignUpInput) => {
      const result = await signUp(input, invite);
      // No token: the server wants the address confirmed before the first sign-in.
      const signedIn = result.token !== null && (await refreshSession(queryClient)) !== null;
      return { signedIn, email: input.email };
    },
    onSuccess: async ({ signedIn, email }) => {
      if (signedIn) await navigate(next, { replace: true });
      else setAwaitingEmail(email);
      // After leaving the page, so a first-run page does not see "no first account needed" first.
      void queryClient.invalidateQueries({ queryKey: setupQuery.queryKey });
    },
    onError: (error) => fail(errorsFromApi(error, fieldFor)),
  });

  const update = (field: Field) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const input = { ...values, name: values.name.trim(), email: values.email.trim() };
    const problems = validate(input);
    if (Object.keys(problems.fields).length > 0) return fail(problems);
    clear();
    mutation.mutate(input);
  };

  if (awaitingEmail) {
    return (
      <Notice tone="info" title="Check your inbox">
        We sent a link to <strong className="font-semibold wrap-anywhere">{awaitingEmail}</strong>. Open it to confirm your address, then sign in.
      </Notice>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} title={errors.form ? 'Could not create the account' : undefined} />
      <TextField id={ids.name} label="Name" hint="How Daybook greets you." autoComplete="name" value={values.name} onChange={update('name')} error={errors.fields.name} />
      <TextField
        id={ids.email}
        label="Email address"
        hint="For signing in and for resetting your password."
        type="email"
        inputMode="email"
        autoComplete="email"
        value={values.email}
        onChange={update('email')}
        error={errors.fields.email}
      />
      <NewPasswordField
        id={ids.password}
        label="Password"
        value={values.password}
        onChange={update('password')}
        error={errors.fields.password}
        userInputs={[values.name, values.email, 'daybook']}
      />
      <SubmitButton pending={mutation.isPending} pendingLabel="Creating your account…" className="w-full">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
