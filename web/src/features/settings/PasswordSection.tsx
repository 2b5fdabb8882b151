import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { LockIcon } from '../../components/icons.tsx';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi, isNewPasswordCode, type FormErrors } from '../../components/form/form-errors.ts';
import { PasswordField } from '../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { NewPasswordField } from '../auth/password/NewPasswordField.tsx';
import { refreshSession, type Me } from '../auth/session.ts';
import { changePassword, type ChangePasswordInput } from './account-api.ts';
import { SectionCard } from '../../components/SectionCard.tsx';

type Field = 'current' | 'next';
const ids: Record<Field, string> = { current: 'password-current', next: 'password-new' };

function fieldFor(code: string): Field | undefined {
  if (isNewPasswordCode(code)) return 'next';
  if (code === 'INVALID_PASSWORD') return 'current';
  return undefined;
}

function validate({ currentPassword, newPassword }: ChangePasswordInput): FormErrors<Field> {
  const fields: Partial<Record<Field, string>> = {};
  if (!currentPassword) fields.current = 'Enter your current password.';
  if (!newPassword) fields.next = 'Choose a new password.';
  else if (newPassword === currentPassword) fields.next = 'The new password is the same as the current one.';
  return { fields };
}

export function PasswordSection({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [revokeOtherSessions, setRevokeOtherSessions] = useState(true);
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMutation({
    mutationFn: async (input: ChangePasswordInput) => {
      await changePassword(input);
      await refreshSession(queryClient);
    },
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
    onError: (error) => fail(errorsFromApi(error, fieldFor)),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const input = { currentPassword, newPassword, revokeOtherSessions };
    const problems = validate(input);
    if (Object.keys(problems.fields).length > 0) return fail(problems);
    clear();
    mutation.mutate(input);
  };

  return (
    <SectionCard id="password" title="Password" icon={LockIcon} description="Change the password you sign in with.">
      <form noValidate onSubmit={onSubmit} className="max-w-md space-y-5">
        <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} title={errors.form ? 'Could not change the password' : undefined} />
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={me.email} readOnly hidden />
        <PasswordField
          id={ids.current}
          label="Current password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={errors.fields.current}
        />
        <NewPasswordField
          id={ids.next}
          label="New password"
          value={newPassword}
          onChange={(event) => {
            setNewPassword(event.target.value);
            mutation.reset();
          }}
          error={errors.fields.next}
          userInputs={[me.name, me.email, 'daybook']}
        />
        <Checkbox
          id="password-revoke-others"
          label="Sign out my other devices"
          hint="Recommended if you think someone else knows your old password. This device stays signed in."
          checked={revokeOtherSessions}
          onChange={(event) => setRevokeOtherSessions(event.target.checked)}
        />
        {mutation.isSuccess && (
          <Notice title="Password changed">
            {mutation.variables.revokeOtherSessions ? 'Your other devices have been signed out.' : 'Your other devices stay signed in.'}
          </Notice>
        )}
        <SubmitButton pending={mutation.isPending} pendingLabel="Changing…" variant="secondary">
          Change password
        </SubmitButton>
      </form>
    </SectionCard>
  );
}
