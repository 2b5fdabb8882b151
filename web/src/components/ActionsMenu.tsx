import type { ComponentType, SVGProps } from 'react';
import { ChevronDownIcon } from './account-icons.tsx';
import { buttonClasses } from './button-styles.ts';
import { disclosureItemClasses, disclosurePanelClasses, useDisclosure } from './use-disclosure.ts';

export interface MenuAction {
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  onSelect: () => void;
  /** Deletes or ends something: shown in the warning colour. */
  destructive?: boolean;
}

interface ActionsMenuProps {
  /** Whom or what the actions are about, for screen readers: "Actions for Ada Lovelace". */
  subject: string;
  actions: readonly MenuAction[];
}

/** An "Actions" button with a small panel of actions for one row of a table. */
export function ActionsMenu({ subject, actions }: ActionsMenuProps) {
  const { open, rootRef, buttonProps, panelProps, closeToButton } = useDisclosure();
  return (
    <div ref={rootRef} className="relative inline-block">
      <button {...buttonProps} className={`${buttonClasses('secondary')} min-h-10 px-4`}>
        Actions<span className="sr-only"> for {subject}</span>
        <ChevronDownIcon className={`size-4 text-ink-muted transition-transform ${open ? 'rotate-180' : ''}`} />
      </button>
      <div {...panelProps} className={`${disclosurePanelClasses} w-64 max-sm:right-auto max-sm:left-0`}>
        <ul>
          {actions.map(({ label, icon: Icon, onSelect, destructive }) => (
            <li key={label}>
              <button
                type="button"
                onClick={() => {
                  // Focus goes back to the button first, so a dialog opened next returns it there.
                  closeToButton();
                  onSelect();
                }}
                className={`${disclosureItemClasses} ${destructive ? 'text-bad' : ''}`}
              >
                <Icon className={`size-5 ${destructive ? 'text-bad' : 'text-ink-muted'}`} />
                {label}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
