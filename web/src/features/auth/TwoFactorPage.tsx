import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ShieldIcon } from '../../components/account-icons.tsx';
import { AuthPage, authLinkClasses } from './AuthPage.tsx';
import { safeNextPath } from './next-path.ts';
import { TwoFactorForm, type TwoFactorMethod } from './TwoFactorForm.tsx';

/** /sign-in/two-factor: reached after a correct password on an account with two-factor on. */
export function TwoFactorPage() {
  const [params] = useSearchParams();
  const [method, setMethod] = useState<TwoFactorMethod>('totp');
  const other: TwoFactorMethod = method === 'totp' ? 'backup' : 'totp';
  return (
    <AuthPage
      title="Two-factor authentication"
      eyebrow="One more step"
      icon={ShieldIcon}
      lead={<p>Your password was right. Now confirm it is you with your second factor.</p>}
      footer={
        <p>
          <Link to="/sign-in" className={authLinkClasses}>
            Sign in as someone else
          </Link>
        </p>
      }
    >
      {/* The key resets the form (and its errors) when switching between the two kinds of code. */}
      <TwoFactorForm key={method} method={method} next={safeNextPath(params.get('next'))} />
      <div className="mt-5 border-t border-line pt-4 text-sm text-ink-muted">
        <p>{method === 'totp' ? 'No access to your authenticator app?' : 'Have your authenticator app again?'}</p>
        <button type="button" onClick={() => setMethod(other)} className={`mt-1 ${authLinkClasses}`}>
          {method === 'totp' ? 'Use a backup code' : 'Use a code from your app'}
        </button>
      </div>
    </AuthPage>
  );
}
