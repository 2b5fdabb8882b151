import { Link, Navigate, useSearchParams } from 'react-router';
import { LockIcon } from '../../components/icons.tsx';
import { AuthPage, authLinkClasses } from './AuthPage.tsx';
import { safeNextPath } from './next-path.ts';
import { SignInForm } from './SignInForm.tsx';
import { useSetup } from './use-session.ts';

function RegistrationHint() {
  const setup = useSetup();
  if (setup.data?.registration === 'open') {
    return (
      <p>
        New here?{' '}
        <Link to="/sign-up" className={authLinkClasses}>
          Create an account
        </Link>
      </p>
    );
  }
  if (setup.data?.registration === 'invite') return <p>New here? Open the invitation link you were sent to create your account.</p>;
  return null;
}

export function SignInPage() {
  const [params] = useSearchParams();
  const setup = useSetup();
  // Nobody can sign in before the first account exists: offer to create it instead.
  if (setup.data?.needsFirstAccount) return <Navigate to="/welcome" replace />;
  return (
    <AuthPage title="Sign in" icon={LockIcon} lead={<p>Welcome back. Sign in to open your Daybook.</p>} footer={<RegistrationHint />}>
      <SignInForm next={safeNextPath(params.get('next'))} />
    </AuthPage>
  );
}
