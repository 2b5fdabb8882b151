/**
 * `npm run bench`: load-tests the real server and, in the same run, a bare Fastify baseline, so
 * every figure is a ratio that survives a slower or busier machine. Not part of `npm test`.
 *
 * Options (environment): BENCH_DURATION seconds per scenario (default 10), BENCH_CONNECTIONS (50).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer, type ServerProcess } from './server-process.ts';
import { measureArgon2 } from './argon2.ts';
import { measureEnumeration } from './enumeration.ts';
import { measureImport } from './money-import.ts';
import { scenarios, type Scenario } from './scenarios.ts';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Row {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  statuses: string;
  errors: number;
  peakRssMiB: number;
}

async function measure(name: string, server: ServerProcess, scenario: Omit<Scenario, 'name'>): Promise<Row> {
  const requests = scenario.prepare ? await scenario.prepare(server.url) : undefined;
  // One request first: a scenario that fails outright measures nothing worth reporting.
  const probe = await fetch(server.url + scenario.path, { method: scenario.method ?? 'GET', headers: requests?.headers, body: requests?.body });
  if (probe.status >= 400) console.log(`  ${name}: probe answered ${probe.status} ${(await probe.text()).slice(0, 200)}`);
  const result = await autocannon({
    url: server.url + scenario.path,
    method: scenario.method ?? 'GET',
    headers: requests?.headers,
    body: requests?.body,
    connections: scenario.connections ?? connections,
    duration,
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    statuses: Object.keys(result.statusCodeStats ?? {}).join('/'),
    errors: result.errors + result.timeouts,
    peakRssMiB: server.peakRssMiB(),
  };
}

function printTable(rows: Row[], baseline: Row): void {
  const header = ['scenario', 'req/s', 'ratio', 'p50 ms', 'p99 ms', 'non-2xx', 'statuses', 'errors', 'peak RSS MiB'];
  const lines = rows.map((row) => [
    row.name,
    String(row.requestsPerSecond),
    (row.requestsPerSecond / baseline.requestsPerSecond).toFixed(3),
    String(row.p50),
    String(row.p99),
    String(row.non2xx),
    row.statuses,
    String(row.errors),
    String(row.peakRssMiB),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]?.length ?? 0)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
  console.log(`\nratio = req/s ÷ bare Fastify baseline (${baseline.requestsPerSecond} req/s) measured in this run; ${connections} connections (unless the scenario says otherwise), ${duration}s each.`);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'daybook-bench-'));
const baselineServer = await startServer(['bench/baseline-server.ts'], { PORT: '0' }, /listening (\d+)/);
const appServer = await startServer(
  ['server/cli.ts', 'serve'],
  {
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    AUTH_SECRET: 'bench-'.repeat(8),
    PUBLIC_URL: 'http://127.0.0.1',
    ALLOW_INSECURE_HTTP: 'true',
    MAX_EVENT_LOOP_DELAY_MS: '60000',
    // The bench measures throughput, not the limiters: lift them for this server only.
    RATE_LIMIT_API_PER_MINUTE: '1000000',
    RATE_LIMIT_SIGN_IN_PER_15_MINUTES: '100000',
    RATE_LIMIT_SIGN_UP_PER_HOUR: '100000',
    REGISTRATION: 'open',
    TRUST_PROXY: '127.0.0.1',
  },
  /running at (?:http:\/\/[^:]+):(\d+)/,
);
try {
  const rows: Row[] = [];
  const baseline = await measure('baseline: bare Fastify GET /', baselineServer, { path: '/' });
  rows.push(baseline);
  for (const scenario of scenarios) {
    console.log(`measuring ${scenario.name}`);
    rows.push(await measure(scenario.name, appServer, scenario));
  }
  printTable(rows, baseline);
  const enumeration = await measureEnumeration(appServer.url);
  console.log(
    `Failed sign-in, median of 30 each: wrong password ${enumeration.wrongPasswordMs.toFixed(1)} ms, unknown email ${enumeration.unknownEmailMs.toFixed(1)} ms ` +
      `(ratio ${(enumeration.unknownEmailMs / enumeration.wrongPasswordMs).toFixed(2)}); distinct answers: ${enumeration.distinctAnswers} (${enumeration.answers.join(' | ').slice(0, 160)}).`,
  );
  const imported = await measureImport(appServer.url);
  console.log(
    `CSV import of ${imported.rows.toLocaleString('en')} rows (${(imported.bytes / 1024 / 1024).toFixed(1)} MiB): upload ${imported.uploadMs} ms, preview ${imported.previewMs} ms, ` +
      `commit ${imported.commitMs} ms; ${imported.totalRowsPerSecond} rows/s end to end (ratio ${(imported.totalRowsPerSecond / imported.baselineRowsPerSecond).toFixed(3)} of the ` +
      `${imported.baselineRowsPerSecond} rows/s that decoding, parsing and mapping alone reach in this process).`,
  );
  const argon2 = await measureArgon2();
  console.log(`Argon2id (m=19456 KiB, t=2, p=1) in this process: hash p50 ${argon2.hashP50} ms, p99 ${argon2.hashP99} ms; verify p50 ${argon2.verifyP50} ms.`);
} finally {
  await Promise.all([baselineServer.stop(), appServer.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
}
