import { CopyIcon } from './account-icons.tsx';
import { Button } from './Button.tsx';
import { copyMessage, useCopy } from './use-copy.ts';

interface CopyValueProps {
  /** The id of the value's element; its label gets `${id}-label`. */
  id: string;
  label: string;
  value: string;
  /** "the key", "the link": used in the message when copying fails. */
  what: string;
}

/** A value to take elsewhere (a new key, a link): shown in full, selectable, with a Copy button. */
export function CopyValue({ id, label, value, what }: CopyValueProps) {
  const [copied, copy] = useCopy();
  const labelId = `${id}-label`;
  return (
    <div>
      <p id={labelId} className="text-sm font-semibold text-ink">
        {label}
      </p>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row sm:items-center">
        <code
          id={id}
          aria-labelledby={labelId}
          className="block min-w-0 flex-1 rounded-xl border border-line bg-surface-muted px-3.5 py-2.5 font-mono text-sm text-ink wrap-anywhere select-all"
        >
          {value}
        </code>
        <Button variant="secondary" onClick={() => copy(value)} className="shrink-0">
          <CopyIcon className="size-4" />
          Copy
        </Button>
      </div>
      <p role="status" className="mt-1.5 text-sm text-ink-muted empty:hidden">
        {copyMessage(copied, what)}
      </p>
    </div>
  );
}
