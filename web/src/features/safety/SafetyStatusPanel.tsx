import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useSession } from '../auth/use-session.ts';
import { SupportPanel } from './SupportPanel.tsx';
import { useSafetyStatus } from './use-safety-status.ts';

/**
 * Hidden for this visit only, for the account that hid it: kept in memory, so the panel is back on the next visit (a reload,
 * a new tab) for as long as support is active.
 */
let hiddenFor: string | undefined;

/** The support panel on the home page while support is active; hiding it takes a confirmation. */
export function SafetyStatusPanel() {
  const { data: me } = useSession();
  const status = useSafetyStatus();
  const [hidden, setHidden] = useState(() => hiddenFor !== undefined && hiddenFor === me?.id);
  const [asking, setAsking] = useState(false);
  if (!status.data?.supportActive || hidden) return null;
  return (
    <div className="mt-8">
      <SupportPanel
        title="Support is here for you"
        message="Something you wrote recently sounded really hard. How are you doing right now? Reaching out to someone can help, and you can do it today."
        helplines={status.data.helplines}
        notice={status.data.notice}
        actions={
          <Button variant="secondary" onClick={() => setAsking(true)}>
            Hide for now
          </Button>
        }
      />
      <ConfirmDialog
        open={asking}
        title="Hide the support panel for now?"
        confirmLabel="Hide for now"
        pendingLabel="Hiding…"
        pending={false}
        tone="primary"
        onConfirm={() => {
          hiddenFor = me?.id;
          setHidden(true);
          setAsking(false);
        }}
        onClose={() => setAsking(false)}
      >
        <p>It will come back the next time you open Daybook over the next few days. Your safety plan and the helplines are always on the safety plan page.</p>
      </ConfirmDialog>
    </div>
  );
}
