import { useQuery } from '@tanstack/react-query';
import { DownloadIcon, SettingsIcon } from '../../components/account-icons.tsx';
import { buttonClasses } from '../../components/button-styles.ts';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { SectionCard } from '../../components/SectionCard.tsx';
import { CheckinSettingsForm } from './CheckinSettingsForm.tsx';
import { exportUrl, settingsQuery } from './checkins-api.ts';

/** My check-in settings, and downloads of all my check-ins. */
export function CheckinSettingsSection() {
  const settings = useQuery(settingsQuery(undefined));
  return (
    <div className="max-w-3xl space-y-6">
      <SectionCard id="checkin-settings" title="Check-in settings" icon={SettingsIcon} description="When your days begin, and how much water you aim for.">
        {settings.isPending && <PageLoading label="Loading your settings…" />}
        {settings.isError && <ErrorPanel title="Could not load your settings" error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />}
        {settings.data && <CheckinSettingsForm settings={settings.data} />}
      </SectionCard>
      <SectionCard id="checkin-export" title="Export" icon={DownloadIcon} description="Download every mood and water check-in you have made, to keep or to take elsewhere.">
        <div className="flex flex-wrap gap-3">
          <a href={exportUrl('csv')} download className={buttonClasses('secondary')}>
            <DownloadIcon className="size-4" />
            Download CSV
          </a>
          <a href={exportUrl('json')} download className={buttonClasses('secondary')}>
            <DownloadIcon className="size-4" />
            Download JSON
          </a>
        </div>
      </SectionCard>
    </div>
  );
}
