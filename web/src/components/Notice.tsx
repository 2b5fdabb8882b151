import type { ReactNode } from 'react';
import { AlertIcon, CheckIcon } from './icons.tsx';
import { MailIcon } from './account-icons.tsx';

type NoticeTone = 'ok' | 'info' | 'warn';

const tones: Record<NoticeTone, { box: string; icon: string; Icon: typeof CheckIcon }> = {
  ok: { box: 'border-ok/25 bg-ok-soft', icon: 'text-ok', Icon: CheckIcon },
  info: { box: 'border-accent/25 bg-accent-soft', icon: 'text-accent-soft-ink', Icon: MailIcon },
  warn: { box: 'border-warn/30 bg-warn-soft', icon: 'text-warn', Icon: AlertIcon },
};

interface NoticeProps {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
  /** Announce it when it appears (role="status"); off for notices present from the start. */
  live?: boolean;
  className?: string;
}

/** A calm message box: something worked, or something to know. Problems use ErrorSummary. */
export function Notice({ tone = 'ok', title, children, live = true, className = '' }: NoticeProps) {
  const { box, icon, Icon } = tones[tone];
  return (
    <div role={live ? 'status' : undefined} className={`flex items-start gap-3 rounded-2xl border p-4 ${box} ${className}`}>
      <Icon className={`mt-0.5 size-5 shrink-0 ${icon}`} strokeWidth={2.2} />
      <div className="min-w-0 flex-1 text-sm leading-relaxed text-ink">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={title ? 'mt-1' : ''}>{children}</div>}
      </div>
    </div>
  );
}
