import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A button that shows and hides a panel (a disclosure, not an ARIA menu: Tab moves through it).
 * The panel closes after navigating, on Escape (focus back on the button) and on a click or
 * focus elsewhere. Put `rootRef` on the element holding both, `buttonRef` on the button.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onOutside = (event: Event) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  const toggle = useCallback(() => setOpen((value) => !value), []);
  /** Closes and puts focus back on the button (before an item opens a dialog, say). */
  const closeToButton = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  const buttonProps = { ref: buttonRef, type: 'button' as const, 'aria-expanded': open, 'aria-controls': panelId, onClick: toggle };
  const panelProps = { id: panelId, hidden: !open };
  return { open, rootRef, buttonProps, panelProps, closeToButton };
}

/** The panel's look, and its items' (links or buttons). */
export const disclosurePanelClasses =
  'absolute right-0 z-30 mt-2 max-w-[calc(100vw-2rem)] rounded-2xl border border-line bg-surface p-2 shadow-lg shadow-black/10 dark:shadow-black/40';

export const disclosureItemClasses =
  'flex min-h-11 w-full items-center gap-3 rounded-xl px-3 text-left text-sm font-medium text-ink transition-colors hover:bg-surface-muted';
