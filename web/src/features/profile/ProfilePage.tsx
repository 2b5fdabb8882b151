import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { deleteProfile, getProfile, profileKey } from './profile-api.ts';
import { ProfileForm } from './ProfileForm.tsx';

/** /profile: "About me", optional details that can make reflections fit better. */
export function ProfilePage() {
  const queryClient = useQueryClient();
  const profile = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => getProfile(signal) });
  const remove = useConfirmedAction(deleteProfile, () => queryClient.resetQueries({ queryKey: profileKey }));
  return (
    <>
      <PageHeader title="About me">
        <p>Everything here is optional: skip any question, or all of them. Only you can see it, and Daybook works the same without it.</p>
      </PageHeader>
      <div className="mt-8">
        {profile.isPending ? (
          <PageLoading />
        ) : profile.isError ? (
          <ErrorPanel title="Could not load your details" error={profile.error} onRetry={() => void profile.refetch()} retrying={profile.isFetching} />
        ) : (
          <>
            <ProfileForm view={profile.data} />
            {profile.data.updatedAt && (
              <div className="mt-10 max-w-2xl border-t border-line pt-6">
                <h2 className="font-semibold text-ink">Delete these details</h2>
                <p className="mt-1 text-sm text-ink-muted">Removes everything on this page. Your journal stays as it is.</p>
                <Button variant="secondary" className="mt-3" onClick={() => remove.ask(true)}>
                  Delete my details
                </Button>
              </div>
            )}
          </>
        )}
      </div>
      <ConfirmDialog title="Delete your details?" confirmLabel="Delete details" pendingLabel="Deleting…" {...remove.dialog}>
        <p>Everything on the About me page is removed. Reflections will no longer take it into account.</p>
      </ConfirmDialog>
    </>
  );
}
