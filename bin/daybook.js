#!/usr/bin/env node
// Entry point for `npx daybook`. npx puts node_modules/.bin first on PATH, so `node` here is the
// Node 24 that package.json pins; refuse older runtimes with a clear message instead of a crash.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`daybook needs Node.js 24 or newer (this is ${process.versions.node}). Run it through npm: npx daybook --help`);
  process.exit(1);
}
const { runCli } = await import('../server/cli.ts');
const code = await runCli(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
