import { moodLabel, moodScores } from './checkin-format.ts';

interface MoodScaleProps {
  selected: number | undefined;
  onSelect: (score: number) => void;
  /** Names the group of buttons. */
  label: string;
}

// Low scores in calm warm tones, high ones in the accent: colour only reinforces the number.
const tint = (score: number) => (score <= 3 ? 'hover:bg-warn-soft' : score <= 6 ? 'hover:bg-neutral-soft' : 'hover:bg-accent-soft');

/** Ten large buttons, 1 to 10, each read with its word ("1, very low"). */
export function MoodScale({ selected, onSelect, label }: MoodScaleProps) {
  return (
    <div role="group" aria-label={label}>
      <ul className="grid grid-cols-5 gap-2 sm:gap-3">
        {moodScores.map((score) => {
          const chosen = selected === score;
          return (
            <li key={score}>
              <button
                type="button"
                aria-label={moodLabel(score)}
                aria-pressed={chosen}
                onClick={() => onSelect(score)}
                className={`flex aspect-square w-full min-h-12 flex-col items-center justify-center rounded-2xl border text-xl font-semibold transition-colors sm:text-2xl ${
                  chosen ? 'border-accent bg-accent text-accent-ink shadow-sm' : `border-line-strong bg-surface text-ink ${tint(score)}`
                }`}
              >
                {score}
              </button>
            </li>
          );
        })}
      </ul>
      <div aria-hidden="true" className="mt-2 flex justify-between text-xs font-medium text-ink-muted">
        <span>Very low</span>
        <span>Excellent</span>
      </div>
    </div>
  );
}
