import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface FormDialogProps {
  open: boolean;
  title: string;
  /** Escape, or a click on the backdrop. */
  onClose: () => void;
  /** The form, with its own Save and Cancel buttons. */
  children: ReactNode;
}

/**
 * A modal for a short form (editing a transaction): the native <dialog> with showModal, so
 * focus stays inside and the page behind is inert. Focus starts on the first field and goes back
 * where it was when the dialog closes.
 */
export function FormDialog({ open, title, onClose, children }: FormDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const id = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement;
      element.showModal();
      element.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        const target = returnTo.current;
        returnTo.current = null;
        if (target instanceof HTMLElement && target.isConnected) target.focus();
      }}
      onClick={(event) => event.target === event.currentTarget && onClose()}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-xl overflow-y-auto rounded-3xl border border-line bg-surface p-0 text-ink shadow-2xl shadow-black/20 backdrop:bg-black/50 dark:backdrop:bg-black/70"
    >
      {open && (
        <div className="p-6 sm:p-7">
          <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight text-ink">
            {title}
          </h2>
          <div className="mt-5">{children}</div>
        </div>
      )}
    </dialog>
  );
}
