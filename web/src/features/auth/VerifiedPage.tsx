import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { buttonClasses } from '../../components/button-styles.ts';
import { MailIcon } from '../../components/account-icons.tsx';
import { Notice } from '../../components/Notice.tsx';
import { AuthPage } from './AuthPage.tsx';
import { ResendVerification } from './ResendVerification.tsx';
import { sessionQuery } from './session.ts';
import { useSession } from './use-session.ts';

/** Where the confirmation link in the welcome mail lands (better-auth adds ?error= on failure). */
export function VerifiedPage() {
  const [params] = useSearchParams();
  const failed = params.has('error');
  const queryClient = useQueryClient();
  const session = useSession();

  // The account just changed on the server: ask again so the "confirm your email" banner goes.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
  }, [queryClient]);

  const me = session.data;
  const onward = me ? (
    <Link to="/" className={`${buttonClasses('primary')} w-full`}>
      Continue to Daybook
    </Link>
  ) : (
    <Link to="/sign-in" className={`${buttonClasses('primary')} w-full`}>
      Sign in
    </Link>
  );

  return (
    <AuthPage title={failed ? 'This link did not work' : 'Email address confirmed'} icon={MailIcon}>
      <div className="space-y-5">
        {failed ? (
          <Notice tone="warn" live={false} title="We could not confirm your address">
            The link may have expired (links work for 24 hours) or been used already.
            {me && !me.emailVerified && (
              <p className="mt-2">
                <ResendVerification email={me.email} />
              </p>
            )}
          </Notice>
        ) : (
          <Notice live={false} title="Thank you">
            Your email address is confirmed. Daybook can now reach you there, for example to reset your password.
          </Notice>
        )}
        {onward}
      </div>
    </AuthPage>
  );
}
