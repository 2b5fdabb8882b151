import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../../components/form/form-errors.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';
import { refreshSession } from '../../auth/session.ts';
import { confirmTwoFactor } from '../account-api.ts';
import { QrCode } from './QrCode.tsx';
import { groupSecret, secretFromUri } from './totp-uri.ts';

type Field = 'code';
const ids: Record<Field, string> = { code: 'two-factor-setup-code' };

interface TwoFactorSetupProps {
  totpURI: string;
  onVerified: () => void;
  onCancel: () => void;
}

/** Scan (or type) the secret into an authenticator app, then prove it works with one code. */
export function TwoFactorSetup({ totpURI, onVerified, onCancel }: TwoFactorSetupProps) {
  const queryClient = useQueryClient();
  const secret = secretFromUri(totpURI);
  const [code, setCode] = useState('');
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMutation({
    mutationFn: async (value: string) => {
      await confirmTwoFactor(value);
      await refreshSession(queryClient);
    },
    onSuccess: onVerified,
    onError: (error) => fail(errorsFromApi<Field>(error, (errorCode) => (errorCode.startsWith('INVALID') ? 'code' : undefined))),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const value = code.replace(/\D/g, '');
    if (!/^\d{6}$/.test(value)) return fail({ fields: { code: 'Enter the 6-digit code your app shows for Daybook.' } });
    clear();
    mutation.mutate(value);
  };

  return (
    <div className="space-y-6">
      <ol className="space-y-6">
        <li className="flex flex-col gap-5 sm:flex-row sm:items-start">
          <QrCode value={totpURI} label="QR code to add Daybook to your authenticator app" />
          <div className="min-w-0 space-y-3">
            <h3 className="font-semibold text-ink">1. Scan this code with your authenticator app</h3>
            <p className="leading-relaxed text-ink-muted">
              Any app that supports time-based codes works: your password manager, or an app such as Aegis, Ente Auth or Google
              Authenticator.
            </p>
            {secret && (
              <div>
                <p id="two-factor-secret-label" className="text-sm font-semibold text-ink">
                  Can’t scan it? Enter this key instead:
                </p>
                <code
                  aria-labelledby="two-factor-secret-label"
                  data-secret={secret}
                  className="mt-1.5 block rounded-xl bg-surface-muted px-3 py-2 font-mono text-sm tracking-wide text-ink select-all"
                >
                  {groupSecret(secret)}
                </code>
              </div>
            )}
          </div>
        </li>
        <li>
          <h3 className="font-semibold text-ink">2. Enter the code the app shows</h3>
          <form noValidate onSubmit={onSubmit} className="mt-3 max-w-md space-y-5">
            <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} />
            <TextField
              id={ids.code}
              label="6-digit code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              spellCheck={false}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              error={errors.fields.code}
              className="max-w-48 font-mono text-lg tracking-[0.3em]"
            />
            <div className="flex flex-wrap gap-3">
              <SubmitButton pending={mutation.isPending} pendingLabel="Checking…">
                Turn on two-factor authentication
              </SubmitButton>
              <Button variant="secondary" onClick={onCancel}>
                Cancel
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
