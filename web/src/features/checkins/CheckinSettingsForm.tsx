import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../components/form/form-errors.ts';
import { RadioGroup } from '../../components/form/RadioGroup.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { formatWater, toMl, unitLabel, waterNumber } from './checkin-format.ts';
import { updateSettings, type CheckinSettings, type WaterUnit } from './checkins-api.ts';
import { browserTimeZone } from './local-days.ts';
import { useCheckinMutation } from './use-checkin-mutation.ts';

type Field = 'timeZone' | 'goal';
const ids: Record<Field, string> = { timeZone: 'checkin-time-zone', goal: 'checkin-goal' };
const unitOptions = [
  { value: 'ml' as const, label: 'Millilitres (ml)' },
  { value: 'fl_oz' as const, label: 'US fluid ounces (fl oz)', hint: 'Shown in ounces; 1 fl oz is about 29.6 ml.' },
];
const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** The server's answer about a field (an unknown time zone) goes on that field. */
function serverErrors(error: unknown) {
  const path = isApiError(error) ? error.details.map((detail) => detail.path ?? '').join(' ') : '';
  return errorsFromApi<Field>(error, () => (path.includes('timeZone') ? 'timeZone' : path.includes('waterGoalMl') ? 'goal' : undefined));
}

/** Time zone, daily water goal and unit. */
export function CheckinSettingsForm({ settings }: { settings: CheckinSettings }) {
  const device = browserTimeZone();
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [unit, setUnit] = useState<WaterUnit>(settings.waterUnit);
  const [goal, setGoal] = useState(waterNumber(settings.waterGoalMl, settings.waterUnit).replace(/[^\d.]/g, ''));
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const save = useCheckinMutation(updateSettings);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const goalMl = toMl(Number(goal), unit);
    const fields: Partial<Record<Field, string>> = {};
    if (!timeZone.trim()) fields.timeZone = 'Enter a time zone, such as Europe/London.';
    if (!goal.trim() || !Number.isFinite(goalMl) || goalMl < 250 || goalMl > 10_000) fields.goal = `Enter a goal from ${formatWater(250, unit)} to ${formatWater(10_000, unit)}.`;
    if (Object.keys(fields).length > 0) return fail({ fields });
    clear();
    save.mutate({ timeZone: timeZone.trim(), waterGoalMl: goalMl, waterUnit: unit }, { onError: (error) => fail(serverErrors(error)) });
  };

  const changeUnit = (next: WaterUnit) => {
    const ml = toMl(Number(goal), unit);
    if (goal.trim() && Number.isFinite(ml)) setGoal(waterNumber(ml, next).replace(/[^\d.]/g, ''));
    setUnit(next);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-md space-y-6">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={ids} title="Could not save the settings" />
      <TextField
        id={ids.timeZone}
        label="Time zone"
        hint={`Your days start at midnight here. This device uses ${device}.`}
        list="checkin-time-zones"
        autoComplete="off"
        spellCheck={false}
        value={timeZone}
        onChange={(event) => {
          setTimeZone(event.target.value);
          save.reset();
        }}
        error={errors.fields.timeZone}
        labelAside={
          timeZone !== device && (
            <Button variant="secondary" onClick={() => setTimeZone(device)}>
              Use {device}
            </Button>
          )
        }
      />
      <datalist id="checkin-time-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextField id={ids.goal} label={`Daily water goal (${unitLabel[unit]})`} inputMode="decimal" autoComplete="off" className="max-w-40" value={goal} onChange={(event) => setGoal(event.target.value)} error={errors.fields.goal} />
      <RadioGroup name="checkin-unit" legend="Show water in" options={unitOptions} value={unit} onChange={changeUnit} />
      {save.isSuccess && <Notice>Your check-in settings are saved.</Notice>}
      <SubmitButton pending={save.isPending} pendingLabel="Saving…">
        Save settings
      </SubmitButton>
    </form>
  );
}
