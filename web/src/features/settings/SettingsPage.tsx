import { PageHeader } from '../../components/PageHeader.tsx';
import { useSession } from '../auth/use-session.ts';
import { PasswordSection } from './PasswordSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { ApiKeysSection } from './api-keys/ApiKeysSection.tsx';
import { SessionsSection } from './sessions/SessionsSection.tsx';
import { SharingSection } from './sharing/SharingSection.tsx';
import { TwoFactorSection } from './two-factor/TwoFactorSection.tsx';

/** /settings: the signed-in account. Rendered inside RequireSignedIn, so the session is known. */
export function SettingsPage() {
  const { data: me } = useSession();
  if (!me) return null;
  return (
    <>
      <PageHeader title="Settings">
        <p>Your profile, how you sign in, and who can see what.</p>
      </PageHeader>
      <div className="mt-8 max-w-3xl space-y-6">
        <ProfileSection me={me} />
        <PasswordSection me={me} />
        <TwoFactorSection me={me} />
        <SessionsSection />
        <ApiKeysSection />
        <SharingSection />
      </div>
    </>
  );
}
