import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A minimal stand-in for web/dist so HTTP tests do not depend on a Vite build. */
export function createWebFixture(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'daybook-web-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app-3f2a1b.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(root, 'assets', 'app-3f2a1b.js'), `console.log(${JSON.stringify('x'.repeat(4096))});`);
  return root;
}
