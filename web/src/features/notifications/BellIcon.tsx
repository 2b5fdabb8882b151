import { Icon, type IconProps } from '../../components/icons.tsx';

export const BellIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 8.5a6 6 0 0 1 12 0c0 6 2.5 8 2.5 8h-17S6 14.5 6 8.5Z" />
    <path d="M10 20a2.2 2.2 0 0 0 4 0" />
  </Icon>
);
