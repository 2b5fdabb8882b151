import { useState } from 'react';
import { MailIcon } from '../../../components/account-icons.tsx';
import { CopyValue } from '../../../components/CopyValue.tsx';
import { EmailForm } from '../../../components/form/EmailForm.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { SectionCard } from '../../../components/SectionCard.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { createInvite, type Invite } from '../admin-api.ts';

/** Makes a single-use invitation link, mailed to the person when their address is given. */
export function InviteSection() {
  const [invite, setInvite] = useState<Invite & { email: string | undefined }>();

  return (
    <SectionCard
      id="invite"
      title="Invite someone"
      icon={MailIcon}
      description="An invitation link lets one person create an account here. It works once, for 7 days."
    >
      <div className="space-y-5">
        {invite && (
          <div className="space-y-4">
            <Notice title="Invitation ready">
              {invite.email ? (
                <>
                  We mailed the link to <strong className="font-semibold wrap-anywhere">{invite.email}</strong>. You can also send it yourself.
                </>
              ) : (
                'Send this link to the person you are inviting.'
              )}{' '}
              It expires on {formatDateTime(invite.expiresAt)}.
            </Notice>
            <CopyValue id="invite-url" label="Invitation link" value={invite.url} what="the link" />
          </div>
        )}
        <EmailForm
          id="invite-email"
          label="Their email address (optional)"
          hint="If you enter it, Daybook mails the link to them, and only this address can use it."
          autoComplete="off"
          emailCodes={(code) => code === 'VALIDATION_FAILED'}
          action={createInvite}
          onDone={(created, email) => setInvite({ ...created, email })}
          submitLabel="Create invitation link"
          pendingLabel="Creating…"
          submitVariant="secondary"
          errorTitle="Could not create the invitation"
          className="max-w-md"
        />
      </div>
    </SectionCard>
  );
}
