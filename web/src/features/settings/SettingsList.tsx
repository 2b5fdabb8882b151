import type { ReactNode } from 'react';

/** A list of things in a settings section (sessions, keys, people), or a line saying there are none. */
export function SettingsList({ label, empty, children }: { label: string; empty: string; children: ReactNode[] }) {
  if (children.length === 0) return <p className="rounded-2xl border border-dashed border-line-strong px-4 py-5 text-sm text-ink-muted">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-line rounded-2xl border border-line">
      {children}
    </ul>
  );
}

interface SettingsListItemProps {
  title: ReactNode;
  /** Beside the title: "This device", "Editor". */
  badges?: ReactNode;
  /** Lines of detail under the title. */
  details: ReactNode;
  /** Buttons at the end (below on phones). */
  actions?: ReactNode;
}

export function SettingsListItem({ title, badges, details, actions }: SettingsListItemProps) {
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between sm:gap-5">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-x-2.5 gap-y-1">
          <p className="font-semibold wrap-anywhere text-ink">{title}</p>
          {badges}
        </div>
        <div className="mt-1 space-y-0.5 text-sm leading-relaxed wrap-anywhere text-ink-muted">{details}</div>
      </div>
      {actions && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
    </li>
  );
}
