import type { ReceivedGrant } from '../features/settings/sharing/sharing-api.ts';
import { Badge } from './Badge.tsx';
import { SelectField } from './form/SelectField.tsx';
import { EyeIcon } from './account-icons.tsx';

interface OwnerSwitcherProps {
  /** What is shared, as the sentences say it: "check-ins" (them) or "money" (it). */
  subject: { id: string; noun: string; pronoun: 'them' | 'it' };
  received: readonly ReceivedGrant[];
  /** The grant being looked at, or undefined for my own data. */
  current: ReceivedGrant | undefined;
  onChange: (ownerId: string | undefined) => void;
}

const mine = 'mine';

/** "Mine" or someone who shares their data with me; says plainly what I may do with theirs. */
export function OwnerSwitcher({ subject, received, current, onChange }: OwnerSwitcherProps) {
  const options = [{ value: mine, label: 'Mine' }, ...received.map((grant) => ({ value: grant.owner.id, label: `${grant.owner.name} (${grant.owner.email})` }))];
  return (
    <div className="flex flex-col gap-3 rounded-3xl border border-line bg-surface p-5 sm:flex-row sm:items-end sm:justify-between sm:p-6">
      <div className="w-full sm:max-w-sm">
        <SelectField id={subject.id} label={`Whose ${subject.noun}`} options={options} value={current?.owner.id ?? mine} onChange={(value) => onChange(value === mine ? undefined : value)} />
      </div>
      {current && (
        <div className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          {current.role === 'viewer' ? (
            <>
              <Badge tone="neutral" icon={EyeIcon}>
                View only
              </Badge>
              <span>
                You can see {current.owner.name}’s {subject.noun}, but not change {subject.pronoun}.
              </span>
            </>
          ) : (
            <>
              <Badge tone="accent">Editor</Badge>
              <span>
                You can add and edit {current.owner.name}’s {subject.noun}.
              </span>
            </>
          )}
        </div>
      )}
    </div>
  );
}
