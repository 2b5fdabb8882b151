import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { KeyIcon } from '../../components/account-icons.tsx';
import { EmailForm } from '../../components/form/EmailForm.tsx';
import { Notice } from '../../components/Notice.tsx';
import { requestPasswordReset } from './auth-api.ts';
import { AuthPage, authLinkClasses } from './AuthPage.tsx';

/** Asks for a reset link by email. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [params] = useSearchParams();
  const [sentTo, setSentTo] = useState<string>();

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
      {sentTo ? (
        <Notice tone="info" title="Check your inbox">
          If an account uses <strong className="font-semibold wrap-anywhere">{sentTo}</strong>, a link to reset its password is on its way. It
          works for one hour. Nothing arrived? Check your spam folder, or ask the person who runs this Daybook.
        </Notice>
      ) : (
        <EmailForm
          id="forgot-email"
          label="Email address"
          initialEmail={params.get('email') ?? ''}
          whenEmpty="Enter your email address."
          emailCodes={(code) => code.includes('EMAIL')}
          action={(email) => requestPasswordReset(email ?? '')}
          onDone={(_result, email) => setSentTo(email)}
          submitLabel="Send the reset link"
          pendingLabel="Sending…"
          submitClassName="w-full"
        />
      )}
    </AuthPage>
  );
}
