import type { ComponentType, SVGProps } from 'react';
import { CheckInIcon, CompanionIcon, JournalIcon, LeafIcon, MoneyIcon, PulseIcon } from './icons.tsx';

export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Only for signed-in people (the page itself also asks signed-out people to sign in). */
  private?: boolean;
}

/** The main navigation, in order. */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'Home', icon: LeafIcon },
  { to: '/journal', label: 'Journal', icon: JournalIcon, private: true },
  { to: '/check-ins', label: 'Check-ins', icon: CheckInIcon, private: true },
  { to: '/money', label: 'Money', icon: MoneyIcon, private: true },
  { to: '/companion', label: 'Companion', icon: CompanionIcon, private: true },
  { to: '/status', label: 'Status', icon: PulseIcon },
];
