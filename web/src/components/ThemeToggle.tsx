import type { ComponentType, SVGProps } from 'react';
import type { ThemePreference } from '../lib/theme.ts';
import { useTheme } from '../lib/use-theme.ts';
import { MonitorIcon, MoonIcon, SunIcon } from './icons.tsx';

const options: ReadonlyArray<{ value: ThemePreference; label: string; icon: ComponentType<SVGProps<SVGSVGElement>> }> = [
  { value: 'light', label: 'Light theme', icon: SunIcon },
  { value: 'dark', label: 'Dark theme', icon: MoonIcon },
  { value: 'system', label: 'Match system theme', icon: MonitorIcon },
];

/** Three pressed/unpressed buttons: light, dark, or follow the system. */
export function ThemeToggle() {
  const [preference, setPreference] = useTheme();
  return (
    <div role="group" aria-label="Colour theme" className="inline-flex items-center gap-0.5 rounded-full border border-line bg-surface p-1">
      {options.map(({ value, label, icon: Icon }) => {
        const pressed = preference === value;
        return (
          <button
            key={value}
            type="button"
            aria-label={label}
            aria-pressed={pressed}
            title={label}
            onClick={() => setPreference(value)}
            className={`grid size-8 place-items-center rounded-full transition-colors ${
              pressed ? 'bg-accent text-accent-ink shadow-sm' : 'text-ink-muted hover:bg-surface-muted hover:text-ink'
            }`}
          >
            <Icon className="size-4.5" />
          </button>
        );
      })}
    </div>
  );
}
