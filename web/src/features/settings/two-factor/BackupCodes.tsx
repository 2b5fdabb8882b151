import { Button } from '../../../components/Button.tsx';
import { CopyIcon, DownloadIcon } from '../../../components/account-icons.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { copyMessage, useCopy } from '../../../components/use-copy.ts';

interface BackupCodesProps {
  codes: string[];
  /** The account's email, named in the downloaded file. */
  email: string;
  onDone: () => void;
}

function download(codes: string[], email: string): void {
  const text = `Daybook backup codes for ${email}\nEach code works once, instead of a code from your authenticator app.\n\n${codes.join('\n')}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'daybook-backup-codes.txt';
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Shown once, right after they are made: the codes, with copy and download. */
export function BackupCodes({ codes, email, onDone }: BackupCodesProps) {
  const [copied, copy] = useCopy();
  return (
    <div className="space-y-5">
      <Notice tone="warn" live={false} title="Save your backup codes now">
        If you lose your phone, each of these codes lets you sign in once. This is the only time Daybook shows them: keep them somewhere
        safe, such as your password manager.
      </Notice>
      <ol aria-label="Backup codes" className="grid grid-cols-2 gap-2 rounded-2xl bg-surface-muted p-4 font-mono text-sm text-ink sm:grid-cols-3 sm:text-base">
        {codes.map((code) => (
          <li key={code} className="rounded-lg bg-surface px-3 py-2 text-center tracking-wide">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => copy(codes.join('\n'))}>
          <CopyIcon className="size-4" />
          Copy codes
        </Button>
        <Button variant="secondary" onClick={() => download(codes, email)}>
          <DownloadIcon className="size-4" />
          Download
        </Button>
        <Button onClick={onDone}>I have saved them</Button>
      </div>
      <p role="status" className="text-sm text-ink-muted">
        {copyMessage(copied, 'the codes')}
      </p>
    </div>
  );
}
