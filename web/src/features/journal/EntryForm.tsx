import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../components/form/form-errors.ts';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { safetyKeys } from '../safety/safety-api.ts';
import { bodyLimit, journalKeys, saveEntry, type EntryInput, type SavedEntry } from './journal-api.ts';
import { TagsInput } from './TagsInput.tsx';
import { readDraft, useDraft } from './use-draft.ts';

type Field = 'body' | 'title' | 'tags' | 'mood' | 'entryDate';
const ids: Record<Field, string> = { body: 'entry-body', title: 'entry-title', tags: 'entry-tags', mood: 'entry-mood', entryDate: 'entry-date' };
const moodOptions = [{ value: '', label: 'No mood' }, ...Array.from({ length: 10 }, (_, index) => ({ value: String(index + 1), label: `${index + 1} of 10` }))];
const numberFormat = new Intl.NumberFormat();

interface EntryFormProps {
  entryId: string | undefined;
  initial: EntryInput;
  draftKey: string;
  onSaved: (saved: SavedEntry) => void;
}

/** Title, Markdown body, tags, mood and date, with a local draft kept while writing. */
export function EntryForm({ entryId, initial, draftKey, onSaved }: EntryFormProps) {
  const queryClient = useQueryClient();
  const [restored, setRestored] = useState(() => readDraft(draftKey));
  const [input, setInput] = useState(() => restored?.input ?? initial);
  const [dirty, setDirty] = useState(restored !== undefined);
  const draft = useDraft(draftKey, input, dirty);
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();

  const update = (patch: Partial<EntryInput>) => {
    draft.resume();
    setInput((current) => ({ ...current, ...patch }));
    setDirty(true);
  };

  const mutation = useMutation({
    mutationFn: (value: EntryInput) => saveEntry(entryId, value),
    onSuccess: async (saved) => {
      draft.clear();
      setDirty(false);
      onSaved(saved);
      await Promise.all([queryClient.invalidateQueries({ queryKey: journalKeys.all }), queryClient.invalidateQueries({ queryKey: safetyKeys.status })]);
    },
    onError: (error) => fail(errorsFromApi<Field>(error)),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const body = input.body.trim();
    if (!body) return fail({ fields: { body: 'Write something first: even a single sentence is enough.' } });
    if (input.body.length > bodyLimit) return fail({ fields: { body: `Keep the entry to ${numberFormat.format(bodyLimit)} characters or fewer.` } });
    clear();
    mutation.mutate({ ...input, title: input.title?.trim() || null });
  };

  const discardDraft = () => {
    draft.clear();
    setInput(initial);
    setDirty(false);
    setRestored(undefined);
  };

  const count = input.body.length;
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-3xl space-y-6">
      {restored && (
        <Notice tone="info" title="We brought back your unsaved draft">
          <p>It was kept on this device at {formatDateTime(restored.savedAt)}. Save to keep it, or discard it.</p>
          <Button variant="secondary" className="mt-3" onClick={discardDraft}>
            Discard draft
          </Button>
        </Notice>
      )}
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} />
      <TextField id={ids.title} label="Title (optional)" value={input.title ?? ''} maxLength={200} onChange={(event) => update({ title: event.target.value })} />
      <TextAreaField
        id={ids.body}
        label="Your entry"
        hint="Markdown works: **bold**, *italic*, lists, > quotes and links."
        rows={12}
        value={input.body}
        onChange={(event) => update({ body: event.target.value })}
        error={errors.fields.body}
      />
      <p aria-live="polite" className={`-mt-4 text-right text-sm ${count > bodyLimit ? 'font-semibold text-bad' : 'text-ink-muted'}`}>
        {numberFormat.format(count)} of {numberFormat.format(bodyLimit)} characters
      </p>
      <TagsInput id={ids.tags} tags={input.tags} onChange={(tags) => update({ tags })} error={errors.fields.tags} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          id={ids.mood}
          label="Mood (optional)"
          hint="1 is very low, 10 is very good."
          options={moodOptions}
          value={input.mood === null ? '' : String(input.mood)}
          onChange={(mood) => update({ mood: mood ? Number(mood) : null })}
        />
        <TextField id={ids.entryDate} type="date" label="Date" hint="The day this entry is about." value={input.entryDate} onChange={(event) => update({ entryDate: event.target.value })} />
      </div>
      <SubmitButton pending={mutation.isPending} pendingLabel="Saving…">
        Save entry
      </SubmitButton>
    </form>
  );
}
