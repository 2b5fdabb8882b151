import { Link, Navigate } from 'react-router';
import { buttonClasses } from '../../components/button-styles.ts';
import { CheckInIcon, CompanionIcon, JournalIcon, MoneyIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useSession, useSetup } from '../auth/use-session.ts';
import { TodayCards } from '../checkins/TodayCards.tsx';
import { SafetyStatusPanel } from '../safety/SafetyStatusPanel.tsx';
import { FeatureCard } from './FeatureCard.tsx';
import { PrivacyPoints } from './PrivacyPoints.tsx';

function SignedOutActions() {
  const setup = useSetup();
  return (
    <>
      <Link to="/sign-in" className={buttonClasses('primary')}>
        Sign in
      </Link>
      {setup.data?.registration === 'open' && (
        <Link to="/sign-up" className={buttonClasses('secondary')}>
          Create an account
        </Link>
      )}
    </>
  );
}

export function HomePage() {
  const session = useSession();
  const signedOut = session.data === null;
  const setup = useSetup({ enabled: signedOut });
  if (session.isPending || (signedOut && setup.isPending)) return <PageLoading />;
  // A brand-new Daybook has nobody to sign in yet: start with creating the first account.
  if (signedOut && setup.data?.needsFirstAccount) return <Navigate to="/welcome" replace />;
  return (
    <>
      <PageHeader title="Welcome to Daybook" eyebrow="Your private daybook" documentTitle="Home">
        <p>
          A calm, private place to notice how you are doing. Write in your journal, check in on your mood, keep money
          worries in view, and talk things through with an AI companion, all on a machine you control.
        </p>
      </PageHeader>
      {session.data && <SafetyStatusPanel />}
      {session.data ? (
        <section aria-labelledby="today-heading" className="mt-10">
          <div className="mb-5 flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="today-heading" className="text-xl font-semibold tracking-tight text-ink">
              Today
            </h2>
            <Link to="/check-ins" className="text-sm font-semibold text-accent-soft-ink underline-offset-4 hover:underline">
              Trends and history
            </Link>
          </div>
          <TodayCards owner={undefined} canEdit />
        </section>
      ) : (
        <div className="mt-7 flex flex-wrap gap-3">
          <SignedOutActions />
        </div>
      )}

      <section aria-labelledby="features-heading" className="mt-14">
        <h2 id="features-heading" className="text-xl font-semibold tracking-tight text-ink">
          What you can do here
        </h2>
        <ul className="mt-5 grid gap-4 sm:grid-cols-2">
          <FeatureCard
            to="/journal"
            icon={JournalIcon}
            title="Journal"
            description="Write freely. Daybook can offer gentle reflections on patterns in your entries."
          />
          <FeatureCard
            to="/check-ins"
            icon={CheckInIcon}
            title="Check-ins"
            description="A few seconds a day for mood and water, so you can see how the weeks really went."
          />
          <FeatureCard
            to="/money"
            icon={MoneyIcon}
            title="Money"
            description="Track spending and budgets, with calm alerts before things get stressful."
          />
          <FeatureCard
            to="/companion"
            icon={CompanionIcon}
            title="Companion"
            description="Talk things through with an AI companion. It listens, but it is an AI, not a therapist."
          />
        </ul>
      </section>

      <PrivacyPoints />
    </>
  );
}
