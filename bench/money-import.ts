/**
 * The CSV import at scale: a 50,000-row bank statement uploaded, previewed and committed through
 * the real HTTP API, reported in rows per second. The baseline, measured in the same run and
 * process, is the pure parsing work (decode, parse, map) that any import must do at least.
 */
import { performance } from 'node:perf_hooks';
import { decodeCsvFile } from '../server/modules/money/import/decode.ts';
import { guessMapping } from '../server/modules/money/import/guess-mapping.ts';
import { mapRows } from '../server/modules/money/import/map-rows.ts';
import { parseCsvTable } from '../server/modules/money/import/parse-table.ts';
import { sessionCookie } from './scenarios.ts';

const origin = 'http://127.0.0.1';
const payees = ['TESCO STORES 3142', 'SQ *BLUE BOTTLE COFFEE', 'AMZN Mktp DE*2K4', 'PAYPAL *SPOTIFY', 'SEPA-LASTSCHRIFT STADTWERKE', 'Shell 0331', 'Deliveroo', 'TfL Travel Ch', 'Boots 1124', 'Employer Ltd'];

/** A statement with realistic variety: dates over two years, signed amounts, some categories. */
export function statement(rows: number): Buffer {
  const lines = ['Date,Description,Amount,Category'];
  for (let i = 0; i < rows; i += 1) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    const payee = `${payees[i % payees.length]} ${i % 97}`;
    const amount = i % 10 === 9 ? (2000 + (i % 300)).toFixed(2) : `-${(((i * 37) % 20_000) + 1) / 100}`;
    lines.push(`${day},"${payee}",${amount},${i % 3 === 0 ? 'Groceries' : ''}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

function parseOnly(bytes: Buffer): number {
  const started = performance.now();
  const table = parseCsvTable(decodeCsvFile(bytes).text);
  const mapping = guessMapping(table.headers, table.rows.slice(0, 50));
  const mapped = mapRows(table, mapping, { currency: 'EUR', account: 'Bank' });
  if (mapped.errors.length > 0) throw new Error(`bench file has errors: ${JSON.stringify(mapped.errors[0])}`);
  return performance.now() - started;
}

export interface ImportFigures {
  rows: number;
  bytes: number;
  baselineRowsPerSecond: number;
  uploadMs: number;
  previewMs: number;
  commitMs: number;
  totalRowsPerSecond: number;
}

export async function measureImport(baseUrl: string, rows = 50_000): Promise<ImportFigures> {
  const bytes = statement(rows);
  parseOnly(bytes);
  const baselineMs = parseOnly(bytes);
  const cookie = await sessionCookie(baseUrl, 'import@example.org');
  const headers = { cookie, origin, 'x-requested-with': 'daybook' };
  const json = { ...headers, 'content-type': 'application/json' };

  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'text/csv' }), 'statement.csv');
  let started = performance.now();
  const uploaded = await fetch(`${baseUrl}/api/v1/money/imports`, { method: 'POST', headers, body: form });
  if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${await uploaded.text()}`);
  const upload = (await uploaded.json()) as { id: string; mapping: unknown };
  const uploadMs = performance.now() - started;
  const options = JSON.stringify({ mapping: upload.mapping, currency: 'EUR', account: 'Bank' });

  started = performance.now();
  const preview = await fetch(`${baseUrl}/api/v1/money/imports/${upload.id}/preview`, { method: 'POST', headers: json, body: options });
  if (preview.status !== 200) throw new Error(`preview answered ${preview.status}: ${await preview.text()}`);
  const previewMs = performance.now() - started;

  started = performance.now();
  const commit = await fetch(`${baseUrl}/api/v1/money/imports/${upload.id}/commit`, { method: 'POST', headers: json, body: options });
  if (commit.status !== 202) throw new Error(`commit answered ${commit.status}: ${await commit.text()}`);
  for (;;) {
    const state = (await (await fetch(`${baseUrl}/api/v1/money/imports/${upload.id}`, { headers })).json()) as { status: string; importedRows: number; error: string | null };
    if (state.status === 'done') {
      if (state.importedRows !== rows) throw new Error(`imported ${state.importedRows} of ${rows} rows`);
      break;
    }
    if (state.status === 'failed') throw new Error(`import failed: ${state.error}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const commitMs = performance.now() - started;
  return {
    rows,
    bytes: bytes.length,
    baselineRowsPerSecond: Math.round(rows / (baselineMs / 1000)),
    uploadMs: Math.round(uploadMs),
    previewMs: Math.round(previewMs),
    commitMs: Math.round(commitMs),
    totalRowsPerSecond: Math.round(rows / ((uploadMs + previewMs + commitMs) / 1000)),
  };
}
