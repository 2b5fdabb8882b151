import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../components/form/form-errors.ts';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { ageRanges, concernOptions, profileKey, saveProfile, type AgeRange, type Profile, type ProfileView } from './profile-api.ts';

const ageOptions: Array<{ value: AgeRange | ''; label: string }> = [{ value: '', label: 'Prefer not to say' }, ...ageRanges.map((value) => ({ value, label: value === 'under-18' ? 'Under 18' : value }))];
const blankToNull = (value: string | null) => (value?.trim() ? value.trim() : null);

/** The "About me" fields; everything can be left empty. */
export function ProfileForm({ view }: { view: ProfileView }) {
  const queryClient = useQueryClient();
  const [profile, setProfile] = useState<Profile>(() => {
    const { updatedAt: _updatedAt, ...fields } = view;
    return fields;
  });
  const { errors, fail, clear, summaryRef } = useFormErrors<never>();
  const mutation = useMutation({
    mutationFn: saveProfile,
    onSuccess: (saved) => queryClient.setQueryData(profileKey, saved),
    onError: (error) => fail(errorsFromApi<never>(error)),
  });
  const update = (patch: Partial<Profile>) => {
    mutation.reset();
    setProfile((current) => ({ ...current, ...patch }));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    clear();
    const country = blankToNull(profile.country)?.toUpperCase() ?? null;
    mutation.mutate({ ...profile, gender: blankToNull(profile.gender), country, locale: blankToNull(profile.locale), otherConcerns: blankToNull(profile.otherConcerns) });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-2xl space-y-6">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={{}} />
      <div className="rounded-2xl border border-accent/25 bg-accent-soft p-4">
        <Checkbox
          id="profile-consent"
          label="Let reflections take this into account"
          hint="When on, the software that writes your journal reflections may use what you share here to suggest more fitting ideas. When off, nothing here is used. You can change this at any time."
          checked={profile.coachingConsent}
          onChange={(event) => update({ coachingConsent: event.target.checked })}
        />
      </div>
      <SelectField id="profile-age" label="Age range" options={ageOptions} value={profile.ageRange ?? ''} onChange={(value) => update({ ageRange: value || null })} />
      <TextField id="profile-gender" label="Gender" hint="In your own words, or leave it empty." maxLength={60} value={profile.gender ?? ''} onChange={(event) => update({ gender: event.target.value })} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="profile-country" label="Country" hint="A two-letter code such as GB or IE. Used for helplines near you." maxLength={2} autoCapitalize="characters" value={profile.country ?? ''} onChange={(event) => update({ country: event.target.value })} />
        <TextField id="profile-locale" label="Language" hint="A language tag such as en-GB." maxLength={10} value={profile.locale ?? ''} onChange={(event) => update({ locale: event.target.value })} />
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-ink">What would you like support with?</legend>
        <p className="mt-1 text-sm text-ink-muted">Pick any, or none.</p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {concernOptions.map((concern) => (
            <Checkbox
              key={concern}
              id={`profile-concern-${concern.replace(/\s/g, '-')}`}
              label={concern[0]?.toUpperCase() + concern.slice(1)}
              checked={profile.concerns.includes(concern)}
              onChange={(event) => update({ concerns: event.target.checked ? [...profile.concerns, concern] : profile.concerns.filter((other) => other !== concern) })}
            />
          ))}
        </div>
      </fieldset>
      <TextAreaField id="profile-other" label="Anything else (optional)" maxLength={500} value={profile.otherConcerns ?? ''} onChange={(event) => update({ otherConcerns: event.target.value })} />
      {mutation.isSuccess && <Notice>Saved. Thank you for sharing.</Notice>}
      <SubmitButton pending={mutation.isPending} pendingLabel="Saving…">
        Save
      </SubmitButton>
    </form>
  );
}
