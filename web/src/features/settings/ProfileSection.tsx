import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { UserIcon } from '../../components/account-icons.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../components/form/form-errors.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { ResendVerification } from '../auth/ResendVerification.tsx';
import { refreshSession, type Me } from '../auth/session.ts';
import { updateName } from './account-api.ts';
import { SectionCard } from '../../components/SectionCard.tsx';

type Field = 'name';
const ids: Record<Field, string> = { name: 'profile-name' };

export function ProfileSection({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.name);
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMutation({
    mutationFn: async (value: string) => {
      await updateName(value);
      await refreshSession(queryClient);
    },
    onError: (error) => fail(errorsFromApi<Field>(error, (code) => (code.includes('NAME') ? 'name' : undefined))),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const value = name.trim();
    if (!value) return fail({ fields: { name: 'Enter your name.' } });
    clear();
    mutation.mutate(value);
  };

  return (
    <SectionCard id="profile" title="Profile" icon={UserIcon} description="How Daybook knows you.">
      <form noValidate onSubmit={onSubmit} className="max-w-md space-y-5">
        <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} />
        <TextField
          id={ids.name}
          label="Name"
          autoComplete="name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            mutation.reset();
          }}
          error={errors.fields.name}
        />
        <div>
          <p className="text-sm font-semibold text-ink">Email address</p>
          <p className="mt-1 wrap-anywhere text-ink">{me.email}</p>
          <p className="mt-1 text-sm text-ink-muted">
            {me.emailVerified ? (
              'Confirmed.'
            ) : (
              <>
                Not confirmed yet. <ResendVerification email={me.email} />
              </>
            )}
          </p>
        </div>
        {mutation.isSuccess && <Notice>Your name is saved.</Notice>}
        <SubmitButton pending={mutation.isPending} pendingLabel="Saving…" variant="secondary">
          Save name
        </SubmitButton>
      </form>
    </SectionCard>
  );
}
