import { useId, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { buttonClasses } from './button-styles.ts';
import { ErrorSummary } from './form/ErrorSummary.tsx';
import { errorsFromApi, noErrors } from './form/form-errors.ts';
import { SubmitButton } from './form/SubmitButton.tsx';
import { TextField } from './form/TextField.tsx';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  /** Shown on the button while the request is on its way, e.g. "Deleting…". */
  pendingLabel: string;
  pending: boolean;
  /** The request failed: its message is shown in the dialog, which stays open. */
  error?: unknown;
  onConfirm: () => void;
  /** Cancel, Escape or a click on the backdrop (not while pending). */
  onClose: () => void;
  tone?: 'danger' | 'primary';
  /** Asks for this exact text first (case aside), e.g. the email of the account to delete. */
  typeToConfirm?: { label: string; value: string };
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * A modal question before something that cannot be undone: the native <dialog> (showModal), so
 * the browser keeps focus inside and the rest of the page inert. Focus starts on Cancel (or the
 * text to type) and goes back to where it was when the dialog closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, pendingLabel, pending, error, onConfirm, onClose, tone = 'danger', typeToConfirm } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const typedInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string>();
  const id = useId();

  // Before paint, so the dialog never shows a frame of content meant for the next or last target.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement;
      element.showModal();
      (typedInput.current ?? cancel.current)?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const close = () => {
    if (!pending) onClose();
  };

  // Runs however the dialog closed: reset it and put focus back where it was.
  const onClosed = () => {
    setTyped('');
    setTypedError(undefined);
    const target = returnTo.current;
    returnTo.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    if (typeToConfirm && !same(typed, typeToConfirm.value)) {
      setTypedError(`Type ${typeToConfirm.value} to confirm.`);
      typedInput.current?.focus();
      return;
    }
    onConfirm();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClose={onClosed}
      // A click on the backdrop lands on the <dialog> itself; its content is in the inner box.
      onClick={(event) => event.target === event.currentTarget && close()}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-3xl border border-line bg-surface p-0 text-ink shadow-2xl shadow-black/20 backdrop:bg-black/50 dark:backdrop:bg-black/70"
    >
      <div className="p-6 sm:p-7">
        <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight text-balance text-ink">
          {title}
        </h2>
        <div id={`${id}-body`} className="mt-2 space-y-2 leading-relaxed text-pretty text-ink-muted">
          {children}
        </div>
        <form noValidate onSubmit={onSubmit} className="mt-6 space-y-5">
          <ErrorSummary ref={summary} errors={error ? errorsFromApi(error) : noErrors} fieldIds={{}} title="That did not work" />
          {typeToConfirm && (
            <TextField
              ref={typedInput}
              id={`${id}-typed`}
              label={typeToConfirm.label}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                setTypedError(undefined);
              }}
              error={typedError}
            />
          )}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <button ref={cancel} type="button" onClick={close} className={buttonClasses('secondary')}>
              Cancel
            </button>
            <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={tone}>
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </div>
    </dialog>
  );
}
