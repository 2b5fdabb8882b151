import type { ComponentType, SVGProps } from 'react';
import { CheckInIcon, CompanionIcon, JournalIcon, LeafIcon, MoneyIcon, PulseIcon } from './icons.tsx';

export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
}

/** The main navigation, in order. */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'Home', icon: LeafIcon },
  { to: '/journal', label: 'Journal', icon: JournalIcon },
  { to: '/check-ins', label: 'Check-ins', icon: CheckInIcon },
  { to: '/money', label: 'Money', icon: MoneyIcon },
  { to: '/companion', label: 'Companion', icon: CompanionIcon },
  { to: '/status', label: 'Status', icon: PulseIcon },
];
