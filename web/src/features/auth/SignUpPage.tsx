import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { UserIcon } from '../../components/account-icons.tsx';
import { SproutIcon } from '../../components/icons.tsx';
import { Notice } from '../../components/Notice.tsx';
import { AuthPage, authLinkClasses } from './AuthPage.tsx';
import { safeNextPath } from './next-path.ts';
import { RegistrationNotice } from './RegistrationNotice.tsx';
import { SignUpForm } from './SignUpForm.tsx';
import { useSetup } from './use-session.ts';

const signInFooter = (
  <p>
    Already have an account?{' '}
    <Link to="/sign-in" className={authLinkClasses}>
      Sign in
    </Link>
  </p>
);

/**
 * /sign-up, and /welcome (firstRun) while the Daybook has no account yet: the first account
 * administers it. `?invite=TOKEN` comes from an invitation link.
 */
export function SignUpPage({ firstRun = false }: { firstRun?: boolean }) {
  const setup = useSetup();
  const [params] = useSearchParams();
  const { search } = useLocation();
  const invite = params.get('invite') ?? undefined;
  const next = safeNextPath(params.get('next'));

  if (setup.isPending) return <PageLoading />;
  if (setup.isError) {
    return (
      <div className="mx-auto max-w-md">
        <ErrorPanel title="Could not load the sign-up page" error={setup.error} onRetry={() => void setup.refetch()} retrying={setup.isFetching} />
      </div>
    );
  }
  const { needsFirstAccount, registration } = setup.data;
  if (firstRun && !needsFirstAccount) return <Navigate to={`/sign-up${search}`} replace />;
  if (!firstRun && needsFirstAccount) return <Navigate to="/welcome" replace />;

  if (firstRun) {
    return (
      <AuthPage
        title="Create the first account"
        eyebrow="Welcome to Daybook"
        icon={SproutIcon}
        lead={<p>This Daybook is brand new. The first account will administer it: you can invite others and manage accounts later.</p>}
      >
        <SignUpForm invite={undefined} next={next} submitLabel="Create the administrator account" />
      </AuthPage>
    );
  }

  const blocked = registration === 'closed' || (registration === 'invite' && !invite);
  return (
    <AuthPage
      title="Create your account"
      icon={UserIcon}
      lead={<p>A private place for your journal, check-ins and money, on a machine you trust.</p>}
      footer={blocked ? undefined : signInFooter}
    >
      {registration !== 'open' && blocked ? (
        <RegistrationNotice registration={registration} />
      ) : (
        <div className="space-y-5">
          {invite && registration === 'invite' && (
            <Notice tone="info" title="You have been invited" live={false}>
              Create your account below. The invitation works once.
            </Notice>
          )}
          <SignUpForm invite={invite} next={next} submitLabel="Create account" />
        </div>
      )}
    </AuthPage>
  );
}
