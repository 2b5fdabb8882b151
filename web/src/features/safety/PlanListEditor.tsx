import { Button } from '../../components/Button.tsx';
import { inputClasses } from '../../components/form/field-styles.ts';
import { CrossIcon } from '../../components/icons.tsx';
import { planItemLength, planItemLimit } from './safety-api.ts';

interface PlanListEditorProps {
  id: string;
  title: string;
  hint: string;
  items: string[];
  onChange: (items: string[]) => void;
}

/** One section of the safety plan: a list of short lines to add to, change and remove. */
export function PlanListEditor({ id, title, hint, items, onChange }: PlanListEditorProps) {
  const set = (index: number, value: string) => onChange(items.map((item, at) => (at === index ? value : item)));
  return (
    <fieldset className="rounded-3xl border border-line bg-surface p-5 sm:p-6" aria-describedby={`${id}-hint`}>
      <legend className="sr-only">{title}</legend>
      <h2 aria-hidden="true" className="text-lg font-semibold tracking-tight text-ink">
        {title}
      </h2>
      <p id={`${id}-hint`} className="mt-1 text-sm leading-relaxed text-ink-muted">
        {hint}
      </p>
      {items.length > 0 && (
        <ol className="mt-4 space-y-2">
          {items.map((item, index) => (
            <li key={index} className="flex items-center gap-2">
              <label htmlFor={`${id}-${index}`} className="sr-only">
                {title}, item {index + 1}
              </label>
              <input id={`${id}-${index}`} value={item} maxLength={planItemLength} onChange={(event) => set(index, event.target.value)} className={inputClasses} />
              <button
                type="button"
                onClick={() => onChange(items.filter((_, at) => at !== index))}
                aria-label={`Remove ${title.toLowerCase()} item ${index + 1}`}
                className="grid size-11 shrink-0 place-items-center rounded-full text-ink-muted hover:bg-surface-muted hover:text-ink"
              >
                <CrossIcon className="size-5" />
              </button>
            </li>
          ))}
        </ol>
      )}
      {items.length < planItemLimit && (
        <Button variant="secondary" className="mt-4" onClick={() => onChange([...items, ''])}>
          Add a line<span className="sr-only"> to {title}</span>
        </Button>
      )}
    </fieldset>
  );
}
