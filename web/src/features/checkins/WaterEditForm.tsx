import { useState } from 'react';
import { errorsFromApi } from '../../components/form/form-errors.ts';
import { TextField } from '../../components/form/TextField.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { formatWater, toMl, unitLabel, waterNumber } from './checkin-format.ts';
import { updateWater, type Water, type WaterUnit } from './checkins-api.ts';
import { EditForm } from './EditForm.tsx';
import { fromLocalInput, toLocalInput } from './local-days.ts';
import { useCheckinMutation } from './use-checkin-mutation.ts';

type Field = 'amount' | 'recordedAt';

/** Change a water entry's amount (in the person's unit) or time. */
export function WaterEditForm({ water, unit, onSaved, onCancel }: { water: Water; unit: WaterUnit; onSaved: (water: Water) => void; onCancel: () => void }) {
  const [amount, setAmount] = useState(waterNumber(water.amountMl, unit).replace(/[^\d.]/g, ''));
  const [time, setTime] = useState(toLocalInput(water.recordedAt));
  const ids = { amount: `water-amount-${water.id}`, recordedAt: `water-time-${water.id}` };
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const save = useCheckinMutation((patch: Parameters<typeof updateWater>[1]) => updateWater(water.id, patch), onSaved);

  const onSubmit = () => {
    const amountMl = toMl(Number(amount), unit);
    const recordedAt = fromLocalInput(time);
    const fields: Partial<Record<Field, string>> = {};
    if (!amount.trim() || !Number.isFinite(amountMl) || amountMl < 1 || amountMl > 5000) fields.amount = `Enter an amount from ${formatWater(1, unit)} to ${formatWater(5000, unit)}.`;
    if (!recordedAt) fields.recordedAt = 'Enter the date and time.';
    if (Object.keys(fields).length > 0 || !recordedAt) return fail({ fields });
    clear();
    save.mutate({ amountMl, ...(time === toLocalInput(water.recordedAt) ? {} : { recordedAt }) }, { onError: (error) => fail(errorsFromApi<Field>(error)) });
  };

  return (
    <EditForm label={`Edit ${formatWater(water.amountMl, unit)}`} errors={errors} fieldIds={ids} summaryRef={summaryRef} pending={save.isPending} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField id={ids.amount} label={`Amount (${unitLabel[unit]})`} inputMode="decimal" autoComplete="off" className="max-w-40" value={amount} onChange={(event) => setAmount(event.target.value)} error={errors.fields.amount} />
      <TextField id={ids.recordedAt} label="When" type="datetime-local" value={time} onChange={(event) => setTime(event.target.value)} error={errors.fields.recordedAt} />
    </EditForm>
  );
}
