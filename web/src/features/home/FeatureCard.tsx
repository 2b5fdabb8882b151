import type { ComponentType, SVGProps } from 'react';
import { Link } from 'react-router';

interface FeatureCardProps {
  to: string;
  title: string;
  description: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
}

/** A whole-card link to one part of Daybook. */
export function FeatureCard({ to, title, description, icon: Icon }: FeatureCardProps) {
  return (
    <li>
      <Link
        to={to}
        className="group flex h-full gap-4 rounded-2xl border border-line bg-surface p-5 shadow-sm shadow-black/[0.03] transition hover:border-line-strong hover:shadow-md dark:shadow-none"
      >
        <span className="grid size-11 shrink-0 place-items-center rounded-xl bg-accent-soft text-accent-soft-ink">
          <Icon className="size-5.5" />
        </span>
        <span className="min-w-0">
          <span className="block font-semibold text-ink group-hover:underline group-hover:underline-offset-4">{title}</span>
          <span className="mt-1 block leading-relaxed text-ink-muted">{description}</span>
        </span>
      </Link>
    </li>
  );
}
