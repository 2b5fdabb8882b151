import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../components/form/form-errors.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { isApiError } from '../../lib/api-client.ts';
import { verifyBackupCode, verifyTotp } from './auth-api.ts';
import { refreshSession } from './session.ts';

export type TwoFactorMethod = 'totp' | 'backup';
type Field = 'code';

const fieldId: Record<TwoFactorMethod, string> = { totp: 'two-factor-code', backup: 'two-factor-backup-code' };

function validate(method: TwoFactorMethod, code: string): string | undefined {
  if (method === 'totp') return /^\d{6}$/.test(code) ? undefined : 'Enter the 6-digit code from your authenticator app.';
  return code ? undefined : 'Enter one of your backup codes.';
}

/** The pending sign-in (a cookie from the first step) expired or is missing: start again. */
const expiredCodes = new Set(['INVALID_TWO_FACTOR_COOKIE']);

/** The second step of signing in: a code from the authenticator app, or a backup code. */
export function TwoFactorForm({ method, next }: { method: TwoFactorMethod; next: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const ids = { code: fieldId[method] };

  const mutation = useMutation({
    mutationFn: async (value: string) => {
      await (method === 'totp' ? verifyTotp(value) : verifyBackupCode(value));
      await refreshSession(queryClient);
    },
    onSuccess: () => navigate(next, { replace: true }),
    onError: (error) => {
      if (isApiError(error) && expiredCodes.has(error.code)) {
        return fail({ form: 'This sign-in has expired. Please sign in again with your email and password.', fields: {}, code: error.code });
      }
      fail(errorsFromApi<Field>(error, (errorCode) => (errorCode.startsWith('INVALID') ? 'code' : undefined)));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const value = method === 'totp' ? code.replace(/\D/g, '') : code.trim();
    const problem = validate(method, value);
    if (problem) return fail({ fields: { code: problem } });
    clear();
    mutation.mutate(value);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids}>
        {errors.code && expiredCodes.has(errors.code) && (
          <p className="mt-2">
            <Link to="/sign-in" className="font-semibold underline underline-offset-4">
              Sign in again
            </Link>
          </p>
        )}
      </ErrorSummary>
      {method === 'totp' ? (
        <TextField
          id={ids.code}
          label="Authentication code"
          hint="Open your authenticator app and enter the 6-digit code it shows for Daybook."
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errors.fields.code}
          className="font-mono text-lg tracking-[0.3em]"
        />
      ) : (
        <TextField
          id={ids.code}
          label="Backup code"
          hint="One of the codes you saved when you set up two-factor authentication. Each works once."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errors.fields.code}
          className="font-mono"
        />
      )}
      <SubmitButton pending={mutation.isPending} pendingLabel="Checking…" className="w-full">
        Verify and sign in
      </SubmitButton>
    </form>
  );
}
