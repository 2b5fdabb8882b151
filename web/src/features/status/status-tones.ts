import type { ComponentType, SVGProps } from 'react';
import { AlertIcon, CheckIcon, CrossIcon, MinusIcon } from '../../components/icons.tsx';
import type { Tone } from '../../components/tones.ts';
import type { CheckStatus, OverallStatus } from './health.ts';

export interface StatusLook {
  label: string;
  tone: Tone;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
}

/** Text and icon carry the meaning; colour only reinforces it. */
export const checkLooks: Record<CheckStatus, StatusLook> = {
  up: { label: 'Up', tone: 'ok', icon: CheckIcon },
  down: { label: 'Down', tone: 'bad', icon: CrossIcon },
  disabled: { label: 'Not configured', tone: 'neutral', icon: MinusIcon },
};

export const overallLooks: Record<OverallStatus, StatusLook & { summary: string }> = {
  ok: { label: 'All systems normal', tone: 'ok', icon: CheckIcon, summary: 'Daybook is running and every check passed.' },
  degraded: {
    label: 'Running with problems',
    tone: 'bad',
    icon: AlertIcon,
    summary: 'Daybook is up, but at least one check is failing. Some things may not work until it recovers.',
  },
  shutting_down: {
    label: 'Shutting down',
    tone: 'warn',
    icon: AlertIcon,
    summary: 'This server is stopping. If it is being restarted, it will be back in a moment.',
  },
};
