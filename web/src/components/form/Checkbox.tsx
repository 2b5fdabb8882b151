import { Choice, type ChoiceProps } from './Choice.tsx';

/** A checkbox with its label beside it and an optional line of explanation. */
export function Checkbox(props: Omit<ChoiceProps, 'type'>) {
  return <Choice type="checkbox" {...props} />;
}
