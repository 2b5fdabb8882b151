import { useState, type KeyboardEvent } from 'react';
import { inputClasses } from '../../components/form/field-styles.ts';
import { FieldShell } from '../../components/form/FieldShell.tsx';
import { CrossIcon } from '../../components/icons.tsx';
import { tagLengthLimit, tagLimit } from './journal-api.ts';

interface TagsInputProps {
  id: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  error?: string | undefined;
}

/** Tags as the server stores them: lower case, no "#". */
export const normaliseTag = (text: string) => text.trim().replace(/^#+/, '').trim().toLowerCase();

/** Tags as removable chips; Enter or a comma adds what was typed. */
export function TagsInput({ id, tags, onChange, error }: TagsInputProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();

  const add = () => {
    const tag = normaliseTag(text);
    if (!tag) return;
    if (tag.length > tagLengthLimit) return setProblem(`Keep each tag to ${tagLengthLimit} characters or fewer.`);
    if (tags.length >= tagLimit && !tags.includes(tag)) return setProblem(`An entry can have up to ${tagLimit} tags.`);
    setProblem(undefined);
    setText('');
    if (!tags.includes(tag)) onChange([...tags, tag]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <FieldShell
      id={id}
      label="Tags"
      hint={`Press Enter or type a comma after each tag. Up to ${tagLimit}, each up to ${tagLengthLimit} characters.`}
      error={problem ?? error}
      after={
        tags.length > 0 && (
          <ul aria-label="Tags on this entry" className="flex flex-wrap gap-2 pt-1">
            {tags.map((tag) => (
              <li key={tag} className="inline-flex min-h-9 items-center gap-1 rounded-full bg-accent-soft py-0.5 pr-1 pl-3 text-sm font-semibold text-accent-soft-ink">
                #{tag}
                <button
                  type="button"
                  onClick={() => onChange(tags.filter((other) => other !== tag))}
                  className="grid size-8 place-items-center rounded-full hover:bg-surface/60"
                  aria-label={`Remove tag ${tag}`}
                >
                  <CrossIcon className="size-4" />
                </button>
              </li>
            ))}
          </ul>
        )
      }
    >
      {(ariaDescribedBy) => (
        <input
          id={id}
          name={id}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={ariaDescribedBy}
          className={inputClasses}
        />
      )}
    </FieldShell>
  );
}
