import type { ComponentType, SVGProps } from 'react';
import type { ThemePreference } from '../lib/theme.ts';
import { useTheme } from '../lib/use-theme.ts';
import { MonitorIcon, MoonIcon, SunIcon } from './icons.tsx';

interface ThemeOption {
  value: ThemePreference;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
}

const options = [
  { value: 'light', label: 'Light theme', icon: SunIcon },
  { value: 'dark', label: 'Dark theme', icon: MoonIcon },
  { value: 'system', label: 'Match system theme', icon: MonitorIcon },
] as const satisfies readonly ThemeOption[];

/**
 * Three pressed/unpressed buttons (light, dark, or follow the system) from the small breakpoint
 * up; on phones one button that steps through them, so brand, theme, bell and account fit on
 * one header row even at 360 px.
 */
export function ThemeToggle() {
  const [preference, setPreference] = useTheme();
  const currentIndex = Math.max(0, options.findIndex((option) => option.value === preference));
  const current = options[currentIndex] ?? options[0];
  const next = options[(currentIndex + 1) % options.length] ?? options[0];
  const CurrentIcon = current.icon;
  return (
    <>
      <button
        type="button"
        onClick={() => setPreference(next.value)}
        aria-label={`Colour theme: ${current.label}. Switch to ${next.label}`}
        title={`${current.label} (tap for ${next.label.toLowerCase()})`}
        className="grid size-10 place-items-center rounded-full border border-line bg-surface text-ink-muted transition-colors hover:bg-surface-muted hover:text-ink sm:hidden"
      >
        <CurrentIcon className="size-4.5" />
      </button>
      <div role="group" aria-label="Colour theme" className="hidden items-center gap-0.5 rounded-full border border-line bg-surface p-1 sm:inline-flex">
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
    </>
  );
}
