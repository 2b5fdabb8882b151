import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EmailForm } from '../../../components/form/EmailForm.tsx';
import { RadioGroup } from '../../../components/form/RadioGroup.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { roleLabels, roleOptions, shareWith, sharingQuery, type Grant, type ShareRole } from './sharing-api.ts';

// No such account (404), already shared (409), or an address the server refuses: all about the email.
const emailCodes = new Set(['NOT_FOUND', 'CONFLICT', 'VALIDATION_FAILED']);

/** Share my check-ins and money with another account on this Daybook. */
export function ShareForm() {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<ShareRole>('viewer');
  const [shared, setShared] = useState<Grant>();

  return (
    <section aria-labelledby="share-form-heading" className="max-w-md space-y-5">
      <h3 id="share-form-heading" className="font-semibold text-ink">
        Share with someone
      </h3>
      <EmailForm
        id="share-email"
        label="Their email address"
        hint="They need an account on this Daybook."
        autoComplete="off"
        whenEmpty="Enter the email address of their Daybook account."
        emailCodes={(code) => emailCodes.has(code)}
        action={(email) => shareWith(email ?? '', role)}
        onDone={(grant) => {
          setShared(grant);
          void queryClient.invalidateQueries({ queryKey: sharingQuery.queryKey });
        }}
        onEdit={() => setShared(undefined)}
        submitLabel="Share"
        pendingLabel="Sharing…"
        submitVariant="secondary"
        errorTitle="Could not share"
      >
        <RadioGroup name="share-role" legend="What they can do" options={roleOptions} value={role} onChange={setRole} />
        {shared && (
          <Notice>
            You now share with {shared.grantee.name} as {roleLabels[shared.role].toLowerCase()}.
          </Notice>
        )}
      </EmailForm>
    </section>
  );
}
