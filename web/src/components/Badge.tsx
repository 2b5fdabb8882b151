import type { ComponentType, ReactNode, SVGProps } from 'react';
import { toneClasses, type Tone } from './tones.ts';

interface BadgeProps {
  tone?: Tone;
  icon?: ComponentType<SVGProps<SVGSVGElement>>;
  children: ReactNode;
  className?: string;
}

/** A small rounded label: "On", "Admin", "This device". Always words, never colour alone. */
export function Badge({ tone = 'neutral', icon: Icon, children, className = '' }: BadgeProps) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${toneClasses[tone]} ${className}`}
    >
      {Icon && <Icon className="size-4" strokeWidth={2.4} />}
      {children}
    </span>
  );
}
