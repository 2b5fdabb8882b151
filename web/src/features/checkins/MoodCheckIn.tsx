import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi, noErrors } from '../../components/form/form-errors.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { CheckInIcon } from '../../components/icons.tsx';
import { Notice } from '../../components/Notice.tsx';
import { SectionCard } from '../../components/SectionCard.tsx';
import { moodLabel } from './checkin-format.ts';
import { addMood, type Mood, type Owner } from './checkins-api.ts';
import { parseEmotions } from './emotions.ts';
import { MoodScale } from './MoodScale.tsx';
import { useCheckinMutation } from './use-checkin-mutation.ts';

interface MoodCheckInProps {
  owner: Owner;
  /** "How is Ada feeling?" when checking in for someone else. */
  ownerName?: string | undefined;
}

/** Two taps: a score from 1 to 10, then Save. A note and emotion words are optional, in between. */
export function MoodCheckIn({ owner, ownerName }: MoodCheckInProps) {
  const [score, setScore] = useState<number>();
  const [details, setDetails] = useState(false);
  const [note, setNote] = useState('');
  const [emotions, setEmotions] = useState('');
  const [saved, setSaved] = useState<Mood>();
  const save = useCheckinMutation(
    (input: { score: number; note: string; emotions: string }) =>
      addMood(owner, { score: input.score, ...(input.note.trim() ? { note: input.note.trim() } : {}), ...(input.emotions.trim() ? { emotions: parseEmotions(input.emotions) } : {}) }),
    (mood) => {
      setSaved(mood);
      setScore(undefined);
      setDetails(false);
      setNote('');
      setEmotions('');
    },
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending || score === undefined) return;
    save.mutate({ score, note, emotions });
  };

  const title = ownerName ? `How is ${ownerName} feeling?` : 'How are you feeling?';
  return (
    <SectionCard id="mood-checkin" title={title} icon={CheckInIcon} description="Tap a number from 1 (very low) to 10 (excellent), then save.">
      {saved && score === undefined ? (
        <div className="space-y-4">
          <Notice title="Check-in saved">Mood {moodLabel(saved.score)}. Thank you for checking in.</Notice>
          <Button variant="secondary" onClick={() => setSaved(undefined)}>
            Check in again
          </Button>
        </div>
      ) : (
        <form noValidate onSubmit={onSubmit} aria-label="Mood check-in" className="space-y-5">
          <MoodScale label="Mood, from 1 (very low) to 10 (excellent)" selected={score} onSelect={(next) => { setScore(next); save.reset(); }} />
          {score !== undefined && (
            <div className="space-y-5 rounded-2xl bg-surface-muted p-4">
              <p className="font-semibold text-ink" aria-live="polite">
                You chose {moodLabel(score)}.
              </p>
              <ErrorSummary ref={null} errors={save.error ? errorsFromApi(save.error) : noErrors} fieldIds={{}} title="Could not save the check-in" />
              {details && (
                <>
                  <TextAreaField id="mood-note" label="Note (optional)" hint="Only you and people you share with can read it." maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
                  <TextField id="mood-emotions" label="Emotions (optional)" hint="A few words, separated by commas, such as calm, tired." autoComplete="off" value={emotions} onChange={(event) => setEmotions(event.target.value)} />
                </>
              )}
              <div className="flex flex-wrap gap-3">
                <SubmitButton pending={save.isPending} pendingLabel="Saving…">
                  Save
                </SubmitButton>
                {!details && (
                  <Button variant="secondary" onClick={() => setDetails(true)}>
                    Add a note
                  </Button>
                )}
              </div>
            </div>
          )}
        </form>
      )}
    </SectionCard>
  );
}
