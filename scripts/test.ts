/**
 * `npm test`: typecheck, then unit and integration suites on SQLite, the integration suites again
 * on PostgreSQL with Redis, then the browser suite. Outside CI a suite whose service or browser is
 * missing is skipped with the reason printed; with CI=true any skip fails the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, reachable, testPostgresUrl, testRedisUrl } from '../test/services.ts';

const inCi = process.env.CI === 'true';
const reportDir = path.resolve('test-results');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const missing: string[] = [];
let stepFailed = false;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) {
    stepFailed = true;
    console.log(`✖ ${label} failed (exit ${result.status ?? result.signal})`);
  }
  return ok;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

function vitest(label: string, projects: string[], env: Record<string, string> = {}): void {
  const outputFile = path.join(reportDir, `${label.replace(/\W+/g, '-')}.json`);
  const projectArgs = projects.flatMap((project) => ['--project', project]);
  const ok = run(label, 'vitest', ['run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`], env);
  if (!existsSync(outputFile)) {
    if (ok) stepFailed = true;
    console.log(`✖ ${label}: no test report was written`);
    return;
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8')) as VitestJson;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function skip(suite: string, reason: string): void {
  missing.push(`${suite}: ${reason}`);
  console.log(`\n⚠ skipping ${suite}: ${reason}`);
}

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('build web app (if stale)', 'node', ['scripts/build-web.ts', '--if-stale']);

vitest('unit and integration on SQLite', ['unit', 'integration']);

const [postgresUp, redisUp] = await Promise.all([reachable(testPostgresUrl, 5432), reachable(testRedisUrl, 6379)]);
if (postgresUp && redisUp) {
  vitest('integration on PostgreSQL + Redis', ['integration'], { TEST_DATABASE: 'postgres', TEST_REDIS: '1' });
} else {
  skip('integration on PostgreSQL + Redis', [!postgresUp && `no PostgreSQL at ${new URL(testPostgresUrl).host}`, !redisUp && `no Redis at ${new URL(testRedisUrl).host}`].filter(Boolean).join(', '));
}

if (existsSync(chromiumPath)) {
  vitest('end-to-end in Chromium', ['e2e']);
} else {
  skip('end-to-end in Chromium', `no browser at ${chromiumPath} (apt-get install chromium)`);
}

console.log('');
for (const reason of missing) console.log(`skipped suite: ${reason}`);
if (inCi && (missing.length > 0 || totals.skipped > 0)) {
  console.log(`✖ CI=true: ${missing.length} suite(s) and ${totals.skipped} test(s) were skipped; every suite must run in CI.`);
  stepFailed = true;
}
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(stepFailed || totals.failed > 0 ? 1 : 0);
