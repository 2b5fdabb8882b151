import { PageHeader } from '../../components/PageHeader.tsx';
import { useSession } from '../auth/use-session.ts';
import { PasswordSection } from './PasswordSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { TwoFactorSection } from './two-factor/TwoFactorSection.tsx';

/** /settings: the signed-in account. Rendered inside RequireSignedIn, so the session is known. */
export function SettingsPage() {
  const { data: me } = useSession();
  if (!me) return null;
  return (
    <>
      <PageHeader title="Settings">
        <p>Your profile and how you sign in.</p>
      </PageHeader>
      <div className="mt-8 max-w-3xl space-y-6">
        <ProfileSection me={me} />
        <PasswordSection me={me} />
        <TwoFactorSection me={me} />
        {/* Next: Sessions (GET /api/v1/me/sessions), API keys and Sharing sections go here. */}
      </div>
    </>
  );
}
