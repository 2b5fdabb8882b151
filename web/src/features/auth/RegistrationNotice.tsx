import { Link } from 'react-router';
import { buttonClasses } from '../../components/button-styles.ts';
import { Notice } from '../../components/Notice.tsx';
import type { Registration } from './session.ts';

/** Why there is no sign-up form: registration is closed, or needs an invitation link. */
export function RegistrationNotice({ registration }: { registration: Exclude<Registration, 'open'> }) {
  return (
    <div className="space-y-5">
      {registration === 'invite' ? (
        <Notice tone="info" title="You need an invitation" live={false}>
          This Daybook creates accounts by invitation only. Ask the person who runs it to send you an invitation link, then open
          that link to create your account.
        </Notice>
      ) : (
        <Notice tone="warn" title="This Daybook is not taking new accounts" live={false}>
          Its administrator has closed registration. If you should have an account here, ask them to create one for you.
        </Notice>
      )}
      <Link to="/sign-in" className={`${buttonClasses('secondary')} w-full`}>
        I already have an account
      </Link>
    </div>
  );
}
