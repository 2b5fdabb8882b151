/**
 * Builds the web app (web/ -> web/dist) with Vite.
 *
 *   node scripts/build-web.ts             always build
 *   node scripts/build-web.ts --if-stale  build only when a web source or package-lock.json is
 *                                         newer than web/dist/index.html (used by `npm start`)
 *
 * Prints one line saying why it built or skipped.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';

const repoRoot = path.resolve(import.meta.dirname, '..');
const webDir = path.join(repoRoot, 'web');
const distDir = path.join(webDir, 'dist');
const builtIndex = path.join(distDir, 'index.html');
/** The inputs of a build: everything under web/ except its output, plus the locked dependencies. */
const skippedDirs = new Set(['dist', 'node_modules']);

function* inputFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === webDir && skippedDirs.has(entry.name)) continue;
      yield* inputFiles(full);
    } else if (entry.isFile()) {
      yield full;
    }
  }
}

function mtimeMs(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why a build is needed, or undefined when web/dist is newer than every input. */
function staleReason(): { stale: boolean; reason: string } {
  const builtAt = mtimeMs(builtIndex);
  if (builtAt === undefined) return { stale: true, reason: 'web/dist/index.html does not exist yet' };
  let count = 0;
  for (const file of [...inputFiles(webDir), path.join(repoRoot, 'package-lock.json')]) {
    const changedAt = mtimeMs(file);
    if (changedAt === undefined) continue;
    count += 1;
    if (changedAt > builtAt) return { stale: true, reason: `${path.relative(repoRoot, file)} changed since the last build` };
  }
  return { stale: false, reason: `web/dist is newer than all ${count} inputs` };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'if-stale': { type: 'boolean', default: false } } });
  if (values['if-stale']) {
    const { stale, reason } = staleReason();
    if (!stale) {
      console.log(`web: build skipped (${reason})`);
      return 0;
    }
    console.log(`web: building (${reason})`);
  } else {
    console.log('web: building (explicit build)');
  }
  const started = performance.now();
  // web/dist is always a production build, even when run from a test runner (NODE_ENV=test),
  // which would otherwise ship React's development build.
  process.env.NODE_ENV = 'production';
  await build({ configFile: path.join(webDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  console.log(`web: built web/dist in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('web: build failed');
    console.error(error);
    process.exitCode = 1;
  },
);
