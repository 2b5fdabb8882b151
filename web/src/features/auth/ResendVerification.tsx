import { useMutation } from '@tanstack/react-query';
import { Button } from '../../components/Button.tsx';
import { SpinnerIcon } from '../../components/account-icons.tsx';
import { sendVerificationEmail } from './auth-api.ts';

interface ResendVerificationProps {
  email: string;
  /** Look of the button: a text link inside messages, or a secondary button. */
  look?: 'link' | 'button';
}

/** "Send the link again", then a short confirmation or the server's error in its place. */
export function ResendVerification({ email, look = 'link' }: ResendVerificationProps) {
  const resend = useMutation({ mutationFn: () => sendVerificationEmail(email) });
  if (resend.isSuccess) {
    return (
      <span role="status" className="font-medium">
        Sent. Check your inbox for a new link.
      </span>
    );
  }
  const onClick = () => {
    if (!resend.isPending) resend.mutate();
  };
  const label = resend.isPending ? 'Sending…' : 'Send the link again';
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      {look === 'button' ? (
        <Button variant="secondary" onClick={onClick} aria-disabled={resend.isPending || undefined}>
          {resend.isPending && <SpinnerIcon className="size-4 motion-safe:animate-spin" />}
          {label}
        </Button>
      ) : (
        <button type="button" onClick={onClick} aria-disabled={resend.isPending || undefined} className="font-semibold underline underline-offset-4">
          {label}
        </button>
      )}
      {resend.isError && (
        <span role="alert" className="text-bad">
          {resend.error.message}
        </span>
      )}
    </span>
  );
}
