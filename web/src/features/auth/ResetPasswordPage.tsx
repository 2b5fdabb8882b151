import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { buttonClasses } from '../../components/button-styles.ts';
import { KeyIcon } from '../../components/account-icons.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi, isNewPasswordCode } from '../../components/form/form-errors.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { resetPassword } from './auth-api.ts';
import { AuthPage } from './AuthPage.tsx';
import { NewPasswordField } from './password/NewPasswordField.tsx';

type Field = 'password';
const ids: Record<Field, string> = { password: 'reset-password' };

function LinkProblem() {
  return (
    <div className="space-y-5">
      <Notice tone="warn" title="This reset link does not work" live={false}>
        It may have expired (links work for one hour), been used already, or been copied incompletely.
      </Notice>
      <Link to="/forgot-password" className={`${buttonClasses('primary')} w-full`}>
        Send a new link
      </Link>
    </div>
  );
}

/** /reset-password?token=… from the reset mail: choose a new password. Signs out every device. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const [password, setPassword] = useState('');
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMutation({
    mutationFn: (newPassword: string) => resetPassword(token ?? '', newPassword),
    onError: (error) => fail(errorsFromApi<Field>(error, (code) => (isNewPasswordCode(code) ? 'password' : undefined))),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!password) return fail({ fields: { password: 'Choose a new password.' } });
    clear();
    mutation.mutate(password);
  };

  const body = () => {
    if (!token || params.has('error')) return <LinkProblem />;
    if (mutation.isSuccess) {
      return (
        <div className="space-y-5">
          <Notice title="Your password has been changed">For your safety, every device that was signed in has been signed out.</Notice>
          <Link to="/sign-in" className={`${buttonClasses('primary')} w-full`}>
            Sign in with the new password
          </Link>
        </div>
      );
    }
    return (
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} title={errors.form ? 'Could not change the password' : undefined} />
        <NewPasswordField id={ids.password} label="New password" value={password} onChange={(event) => setPassword(event.target.value)} error={errors.fields.password} userInputs={['daybook']} />
        <SubmitButton pending={mutation.isPending} pendingLabel="Saving…" className="w-full">
          Save the new password
        </SubmitButton>
      </form>
    );
  };

  return (
    <AuthPage title="Choose a new password" icon={KeyIcon} lead={<p>Pick something you have not used before, here or elsewhere.</p>}>
      {body()}
    </AuthPage>
  );
}
