import { Fragment } from 'react';

/**
 * An email address that may wrap after "@" and before dots, rather than mid-word or not at all,
 * so a long address does not stretch a table column.
 */
export function EmailAddress({ email }: { email: string }) {
  const parts = email.split(/(?=[.@])/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
