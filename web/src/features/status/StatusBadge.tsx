import { toneClasses, type StatusLook } from './status-tones.ts';

export function StatusBadge({ look }: { look: StatusLook }) {
  const Icon = look.icon;
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-semibold whitespace-nowrap ${toneClasses[look.tone]}`}>
      <Icon className="size-4" strokeWidth={2.4} />
      {look.label}
    </span>
  );
}
