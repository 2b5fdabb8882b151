import { useEffect, useRef } from 'react';
import { Button } from '../../../components/Button.tsx';
import { CopyValue } from '../../../components/CopyValue.tsx';
import { Notice } from '../../../components/Notice.tsx';
import type { CreatedApiKey } from './api-keys-api.ts';

/** The key just created, shown this once, with a copy button. Focused when it appears. */
export function NewApiKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), [created.id]);
  return (
    <div ref={region} tabIndex={-1} aria-labelledby="new-api-key-title" role="region" className="space-y-4 rounded-2xl border border-line bg-canvas p-4 outline-none sm:p-5">
      <h3 id="new-api-key-title" className="font-semibold text-ink">
        Your new key “{created.name}”
      </h3>
      <Notice tone="warn" live={false} title="Copy it now: it won’t be shown again">
        Daybook keeps only a fingerprint of the key, so nobody can show it to you later. Store it somewhere safe, such as a password manager.
        If you lose it, revoke it and create another.
      </Notice>
      <CopyValue id="new-api-key" label="API key" value={created.key} what="the key" />
      <p className="text-sm leading-relaxed text-ink-muted">
        Send it in the <code className="font-mono text-ink">Authorization</code> header: <code className="font-mono text-ink wrap-anywhere">Bearer {created.start}…</code>
      </p>
      <Button onClick={onDone}>I have copied it</Button>
    </div>
  );
}
