import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ShieldIcon } from '../../../components/account-icons.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { refreshSession, type Me } from '../../auth/session.ts';
import { disableTwoFactor, enableTwoFactor, generateBackupCodes } from '../account-api.ts';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { BackupCodes } from './BackupCodes.tsx';
import { ConfirmPasswordForm } from './ConfirmPasswordForm.tsx';
import { TwoFactorSetup } from './TwoFactorSetup.tsx';

type Step =
  | { kind: 'overview'; message?: string }
  | { kind: 'confirm'; action: 'enable' | 'disable' | 'codes' }
  | { kind: 'scan'; totpURI: string; backupCodes: string[] }
  | { kind: 'codes'; backupCodes: string[]; message: string };

/** Turn an authenticator app on or off, and replace backup codes, each behind the password. */
export function TwoFactorSection({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'overview' });
  const overview = (message?: string) => setStep(message ? { kind: 'overview', message } : { kind: 'overview' });

  // Each step replaces the last one's controls: move focus to the new step so it is not lost.
  // (The password step focuses its own field.)
  const region = useRef<HTMLDivElement>(null);
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    if (step.kind !== 'confirm') region.current?.focus();
  }, [step]);

  const content = () => {
    switch (step.kind) {
      case 'confirm':
        if (step.action === 'enable') {
          return (
            <ConfirmPasswordForm
              id="two-factor-enable-password"
              reason="To set up two-factor authentication, confirm it is you."
              submitLabel="Continue"
              pendingLabel="Checking…"
              action={enableTwoFactor}
              onDone={({ totpURI, backupCodes }) => setStep({ kind: 'scan', totpURI, backupCodes })}
              onCancel={() => overview()}
            />
          );
        }
        if (step.action === 'codes') {
          return (
            <ConfirmPasswordForm
              id="two-factor-codes-password"
              reason="New codes replace all your old ones. Confirm it is you."
              submitLabel="Make new backup codes"
              pendingLabel="Making codes…"
              action={generateBackupCodes}
              onDone={({ backupCodes }) => setStep({ kind: 'codes', backupCodes, message: 'Your old backup codes no longer work.' })}
              onCancel={() => overview()}
            />
          );
        }
        return (
          <ConfirmPasswordForm
            id="two-factor-disable-password"
            reason="Without two-factor authentication, your password alone opens your account. Confirm it is you."
            submitLabel="Turn off two-factor authentication"
            pendingLabel="Turning off…"
            action={async (password) => {
              await disableTwoFactor(password);
              await refreshSession(queryClient);
            }}
            onDone={() => overview('Two-factor authentication is off.')}
            onCancel={() => overview()}
          />
        );
      case 'scan':
        return (
          <TwoFactorSetup
            totpURI={step.totpURI}
            onVerified={() => setStep({ kind: 'codes', backupCodes: step.backupCodes, message: 'Two-factor authentication is on.' })}
            onCancel={() => overview()}
          />
        );
      case 'codes':
        return (
          <div className="space-y-5">
            <Notice title={step.message} />
            <BackupCodes codes={step.backupCodes} email={me.email} onDone={() => overview()} />
          </div>
        );
      default:
        return (
          <div className="space-y-5">
            {step.message && <Notice>{step.message}</Notice>}
            <p className="max-w-2xl leading-relaxed text-ink-muted">
              {me.twoFactorEnabled
                ? 'Signing in asks for a code from your authenticator app after your password. Keep your backup codes somewhere safe in case you lose your phone.'
                : 'Add a second step to signing in: after your password, a 6-digit code from an authenticator app on your phone. Someone who learns your password still cannot get in.'}
            </p>
            <div className="flex flex-wrap gap-3">
              {me.twoFactorEnabled ? (
                <>
                  <Button variant="secondary" onClick={() => setStep({ kind: 'confirm', action: 'codes' })}>
                    Get new backup codes
                  </Button>
                  <Button variant="secondary" onClick={() => setStep({ kind: 'confirm', action: 'disable' })}>
                    Turn off
                  </Button>
                </>
              ) : (
                <Button onClick={() => setStep({ kind: 'confirm', action: 'enable' })}>Set up two-factor authentication</Button>
              )}
            </div>
          </div>
        );
    }
  };

  return (
    <SectionCard
      id="two-factor"
      title="Two-factor authentication"
      icon={ShieldIcon}
      badge={<Badge tone={me.twoFactorEnabled ? 'ok' : 'neutral'}>{me.twoFactorEnabled ? 'On' : 'Off'}</Badge>}
      description="A code from your phone, as well as your password."
    >
      <div ref={region} tabIndex={-1} className="outline-none">
        {content()}
      </div>
    </SectionCard>
  );
}
