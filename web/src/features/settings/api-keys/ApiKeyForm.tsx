import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Checkbox } from '../../../components/form/Checkbox.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { fieldErrorClasses, labelClasses } from '../../../components/form/field-styles.ts';
import { errorsFromApi, type FormErrors } from '../../../components/form/form-errors.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';
import { AlertIcon } from '../../../components/icons.tsx';
import { apiKeysQuery, createApiKey, type ApiKeyScope, type CreatedApiKey, type NewApiKeyInput } from './api-keys-api.ts';

type Field = 'name' | 'scopes' | 'expiry';
const ids: Record<Field, string> = { name: 'api-key-name', scopes: 'api-key-scope-read', expiry: 'api-key-expiry' };

interface Values {
  name: string;
  read: boolean;
  write: boolean;
  expiry: string;
}

/** Checks the form; answers the request to send, or what to fix. */
function parse({ name, read, write, expiry }: Values): NewApiKeyInput | FormErrors<Field> {
  const fields: Partial<Record<Field, string>> = {};
  if (!name.trim()) fields.name = 'Give the key a name, such as the app or script that will use it.';
  else if (name.trim().length > 60) fields.name = 'Use at most 60 characters for the name.';
  if (!read && !write) fields.scopes = 'Choose what the key may do: read, write or both.';
  const days = Number(expiry.trim());
  if (expiry.trim() && !(Number.isInteger(days) && days >= 1 && days <= 365)) fields.expiry = 'Enter a whole number of days from 1 to 365, or leave it empty.';
  if (Object.keys(fields).length > 0) return { fields };
  const scopes: ApiKeyScope[] = [...(read ? (['read'] as const) : []), ...(write ? (['write'] as const) : [])];
  return { name: name.trim(), scopes, ...(expiry.trim() ? { expiresInDays: days } : {}) };
}

/** Name, scopes and an optional expiry; hands the created key (shown once) to `onCreated`. */
export function ApiKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>({ name: '', read: true, write: false, expiry: '' });
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMutation({
    mutationFn: createApiKey,
    onSuccess: async (created) => {
      setValues({ name: '', read: true, write: false, expiry: '' });
      onCreated(created);
      await queryClient.invalidateQueries({ queryKey: apiKeysQuery.queryKey });
    },
    onError: (error) => fail(errorsFromApi<Field>(error)),
  });
  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const parsed = parse(values);
    if ('fields' in parsed) return fail(parsed);
    clear();
    mutation.mutate(parsed);
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="api-key-form-heading" className="max-w-md space-y-5">
      <h3 id="api-key-form-heading" className="font-semibold text-ink">
        Create a key
      </h3>
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} title={errors.form ? 'Could not create the key' : undefined} />
      <TextField
        id={ids.name}
        label="Name"
        hint="What will use it, so you recognise it later."
        autoComplete="off"
        maxLength={60}
        value={values.name}
        onChange={(event) => set({ name: event.target.value })}
        error={errors.fields.name}
      />
      <fieldset className="space-y-3" aria-describedby={errors.fields.scopes ? 'api-key-scopes-error' : undefined}>
        <legend className={`${labelClasses} mb-2`}>What it may do</legend>
        <Checkbox id={ids.scopes} label="Read" hint="See your entries, check-ins and money." checked={values.read} onChange={(event) => set({ read: event.target.checked })} />
        <Checkbox id="api-key-scope-write" label="Write" hint="Also add, change and delete them." checked={values.write} onChange={(event) => set({ write: event.target.checked })} />
        {errors.fields.scopes && (
          <p id="api-key-scopes-error" className={fieldErrorClasses}>
            <AlertIcon className="mt-0.5 size-4 shrink-0" />
            <span>{errors.fields.scopes}</span>
          </p>
        )}
      </fieldset>
      <TextField
        id={ids.expiry}
        label="Expires after (days, optional)"
        hint="From 1 to 365. Leave empty for a key that works until you revoke it."
        inputMode="numeric"
        autoComplete="off"
        className="max-w-40"
        value={values.expiry}
        onChange={(event) => set({ expiry: event.target.value })}
        error={errors.fields.expiry}
      />
      <SubmitButton pending={mutation.isPending} pendingLabel="Creating…" variant="secondary">
        Create key
      </SubmitButton>
    </form>
  );
}
