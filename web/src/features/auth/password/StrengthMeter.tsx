import { strengthLevel, type StrengthTone } from './strength-levels.ts';
import { usePasswordStrength } from './use-password-strength.ts';

const barTones: Record<StrengthTone, string> = { none: 'bg-line-strong', bad: 'bg-bad', warn: 'bg-warn', ok: 'bg-ok' };
const labelTones: Record<StrengthTone, string> = { none: 'text-ink-muted', bad: 'text-bad', warn: 'text-warn', ok: 'text-ok' };

interface StrengthMeterProps {
  /** Put this id in the password input's aria-describedby. */
  id: string;
  password: string;
  /** Words about this person (name, email) that a strong password should not lean on. */
  userInputs: readonly string[];
}

/** Four bars, a word and a sentence: how guessable the new password is, updated as people type. */
export function StrengthMeter({ id, password, userInputs }: StrengthMeterProps) {
  const estimate = usePasswordStrength(password, userInputs);
  const level = strengthLevel(password, estimate);
  return (
    <div id={id} className="pt-1" data-strength={level.tone}>
      <div aria-hidden="true" className="grid grid-cols-4 gap-1.5">
        {[1, 2, 3, 4].map((bar) => (
          <span key={bar} className={`h-1.5 rounded-full transition-colors ${bar <= level.bars ? barTones[level.tone] : 'bg-line'}`} />
        ))}
      </div>
      <p className="mt-2 text-sm leading-relaxed text-ink-muted">
        <span className="font-semibold text-ink">Strength: </span>
        {/* Only the word is live, so screen readers hear a change of level, not every keystroke. */}
        <span aria-live="polite" className={`font-semibold ${labelTones[level.tone]}`}>
          {level.label}
        </span>
        {level.detail && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{level.detail}</span>
          </>
        )}
      </p>
    </div>
  );
}
