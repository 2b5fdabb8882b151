import { useState } from 'react';
import { errorsFromApi } from '../../components/form/form-errors.ts';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { moodLabel, moodScores } from './checkin-format.ts';
import { updateMood, type Mood } from './checkins-api.ts';
import { EditForm } from './EditForm.tsx';
import { emotionsText, parseEmotions } from './emotions.ts';
import { fromLocalInput, toLocalInput } from './local-days.ts';
import { useCheckinMutation } from './use-checkin-mutation.ts';

type Field = 'recordedAt';
const scoreOptions = moodScores.map((score) => ({ value: String(score), label: moodLabel(score) }));

/** Change a mood check-in's score, note, emotions or time. */
export function MoodEditForm({ mood, onSaved, onCancel }: { mood: Mood; onSaved: (mood: Mood) => void; onCancel: () => void }) {
  const [score, setScore] = useState(String(mood.score));
  const [note, setNote] = useState(mood.note ?? '');
  const [emotions, setEmotions] = useState(emotionsText(mood.emotions));
  const [time, setTime] = useState(toLocalInput(mood.recordedAt));
  const ids = { recordedAt: `mood-time-${mood.id}` };
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const save = useCheckinMutation((patch: Parameters<typeof updateMood>[1]) => updateMood(mood.id, patch), onSaved);

  const onSubmit = () => {
    const recordedAt = fromLocalInput(time);
    if (!recordedAt) return fail({ fields: { recordedAt: 'Enter the date and time of the check-in.' } });
    clear();
    save.mutate(
      { score: Number(score), note: note.trim() ? note.trim() : null, emotions: parseEmotions(emotions), ...(time === toLocalInput(mood.recordedAt) ? {} : { recordedAt }) },
      { onError: (error) => fail(errorsFromApi<Field>(error)) },
    );
  };

  return (
    <EditForm label={`Edit mood ${moodLabel(mood.score)}`} errors={errors} fieldIds={ids} summaryRef={summaryRef} pending={save.isPending} onSubmit={onSubmit} onCancel={onCancel}>
      <SelectField id={`mood-score-${mood.id}`} label="Mood" options={scoreOptions} value={score} onChange={setScore} />
      <TextAreaField id={`mood-note-${mood.id}`} label="Note (optional)" maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
      <TextField id={`mood-emotions-${mood.id}`} label="Emotions (optional)" hint="Separated by commas." autoComplete="off" value={emotions} onChange={(event) => setEmotions(event.target.value)} />
      <TextField id={ids.recordedAt} label="When" type="datetime-local" value={time} onChange={(event) => setTime(event.target.value)} error={errors.fields.recordedAt} />
    </EditForm>
  );
}
