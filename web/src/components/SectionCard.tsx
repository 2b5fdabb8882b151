import type { ComponentType, ReactNode, SVGProps } from 'react';

interface SectionCardProps {
  /** Also the section's id, for links such as /settings#two-factor. */
  id: string;
  title: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  description?: ReactNode;
  /** Beside the title, e.g. an On/Off badge. */
  badge?: ReactNode;
  children: ReactNode;
}

/** A card with an icon, a heading that labels it, and content (settings, admin). */
export function SectionCard({ id, title, icon: Icon, description, badge, children }: SectionCardProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-28 rounded-3xl border border-line bg-surface shadow-sm shadow-black/[0.03] dark:shadow-none">
      <div className="flex items-start gap-4 border-b border-line p-5 sm:p-6">
        <span className="grid size-10 shrink-0 place-items-center rounded-xl bg-accent-soft text-accent-soft-ink">
          <Icon className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
              {title}
            </h2>
            {badge}
          </div>
          {description && <div className="mt-1 leading-relaxed text-ink-muted">{description}</div>}
        </div>
      </div>
      <div className="p-5 sm:p-6">{children}</div>
    </section>
  );
}
