import { Badge } from '../../components/Badge.tsx';
import type { StatusLook } from './status-tones.ts';

export function StatusBadge({ look }: { look: StatusLook }) {
  return (
    <Badge tone={look.tone} icon={look.icon} className="py-1">
      {look.label}
    </Badge>
  );
}
