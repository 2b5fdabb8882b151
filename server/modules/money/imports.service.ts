import { randomUUID } from 'node:crypto';
import { AppError } from '../../lib/app-error.ts';
import type { Cache } from '../../cache/cache.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import { formatMinor } from '../../lib/money.ts';
import { toDate } from '../../lib/time.ts';
import type { BudgetService } from './budgets.service.ts';
import { categoryNameKey, type CategoryRepository, type CategoryRow } from './categories.repository.ts';
import type { CategoryService } from './categories.service.ts';
import { decodeCsvFile } from './import/decode.ts';
import { duplicateKey, mapRows, type ImportRow, type ImportRowError } from './import/map-rows.ts';
import { guessMapping } from './import/guess-mapping.ts';
import { parseCsvTable } from './import/parse-table.ts';
import type { ImportRepository, ImportRowRecord } from './imports.repository.ts';
import type { ImportOptions, ImportPreview, ImportView } from './money.schemas.ts';
import type { TransactionRepository, TransactionRow } from './transactions.repository.ts';
import { noteContext, payeeKey, transactionDateRange } from './transactions.service.ts';

const rowsContext = (id: string) => `money_import.rows:${id}`;
/** An upload nobody commits is deleted after a day. */
const keepUploadMs = 24 * 60 * 60 * 1000;
const sampleRows = 10;
const previewRows = 100;
const maxErrorsShown = 100;
const progressTtlSeconds = 3600;

interface StoredTable {
  headers: string[];
  rows: string[][];
  /** The file line each row starts on, so errors and skips point at what the person sees. */
  rowLines: number[];
}

export interface ImportDeps {
  repository: ImportRepository;
  transactions: TransactionRepository;
  categories: CategoryService;
  categoryRows: CategoryRepository;
  budgets: BudgetService;
  cipher: FieldCipher;
  cache: Cache;
  enqueueCommit: (importId: string) => Promise<void>;
  now?: () => Date;
}

/**
 * CSV import in three steps: upload (parsed and stored encrypted, with a guessed column mapping),
 * preview (every row checked, duplicates flagged), commit (a durable job writes every row in one
 * database transaction, so a file is imported whole or not at all).
 */
export class ImportService {
  readonly #deps: ImportDeps;
  readonly #now: () => Date;

  constructor(deps: ImportDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  async #view(record: ImportRowRecord): Promise<ImportView> {
    // The stored file is decrypted only while the person is still mapping it, not on every progress poll.
    const table = record.rows && record.status === 'uploaded' ? this.#table(record) : undefined;
    const progress = record.status === 'committing' ? Number((await this.#deps.cache.get(progressKey(record.id))) ?? 0) : record.status === 'done' ? record.row_count : 0;
    const options = record.options ? (JSON.parse(record.options) as ImportOptions) : undefined;
    return {
      id: record.id,
      ownerId: record.user_id,
      fileName: record.file_name,
      status: record.status,
      encoding: record.encoding,
      delimiter: record.delimiter,
      headers: JSON.parse(record.headers) as string[],
      sample: table ? table.rows.slice(0, sampleRows) : [],
      rowCount: record.row_count,
      mapping: options?.mapping ?? (table ? guessMapping(table.headers, table.rows.slice(0, 50)) : null),
      processedRows: progress,
      importedRows: record.imported_rows,
      error: record.error,
      createdAt: toDate(record.created_at).toISOString(),
    };
  }

  #table(record: ImportRowRecord): StoredTable {
    if (!record.rows) throw new AppError('CONFLICT', 'This import has already been completed.');
    return JSON.parse(this.#deps.cipher.decrypt(record.rows, rowsContext(record.id))) as StoredTable;
  }

  async upload(actorId: string, ownerId: string, file: { name: string; bytes: Buffer }): Promise<ImportView> {
    const decoded = decodeCsvFile(file.bytes);
    const table = parseCsvTable(decoded.text);
    const id = randomUUID();
    const now = this.#now();
    const record: ImportRowRecord = {
      id,
      user_id: ownerId,
      created_by: actorId,
      file_name: file.name.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 120) || 'upload.csv',
      status: 'uploaded',
      encoding: decoded.encoding,
      delimiter: table.delimiter,
      headers: JSON.stringify(table.headers),
      rows: this.#deps.cipher.encrypt(JSON.stringify({ headers: table.headers, rows: table.rows, rowLines: table.rowLines } satisfies StoredTable), rowsContext(id)),
      row_count: table.rows.length,
      options: null,
      imported_rows: 0,
      error: null,
      created_at: this.#deps.repository.ts(now),
      expires_at: this.#deps.repository.ts(new Date(now.getTime() + keepUploadMs)),
    };
    await this.#deps.repository.insert(record);
    return this.#view(record);
  }

  async get(ownerId: string, id: string): Promise<ImportView> {
    return this.#view(await this.#record(ownerId, id));
  }

  async #record(ownerId: string, id: string): Promise<ImportRowRecord> {
    const record = await this.#deps.repository.find(ownerId, id);
    if (!record) throw new AppError('NOT_FOUND');
    return record;
  }

  /** Every row mapped and checked with these options, less the lines the person left out. */
  #mapped(record: ImportRowRecord, options: ImportOptions) {
    const mapped = mapRows(this.#table(record), options.mapping, { currency: options.currency, account: options.account });
    // The same dates the API accepts: a file cannot bring in what a person could not type.
    const { earliest, latest } = transactionDateRange(this.#now());
    const rangeErrors: ImportRowError[] = [];
    const inRange = mapped.rows.filter((row) => {
      if (row.date >= earliest && row.date <= latest) return true;
      rangeErrors.push({ line: row.line, column: 'date', code: 'date', message: `The date ${row.date} is not between ${earliest} and ${latest}.` });
      return false;
    });
    const skip = new Set(options.skipLines);
    return {
      rows: inRange.filter((row) => !skip.has(row.line)),
      errors: [...mapped.errors, ...rangeErrors].filter((error) => !skip.has(error.line)).sort((a, b) => a.line - b.line),
    };
  }

  /** Rows that repeat an earlier row of the file or a transaction the owner already has, by line. */
  async #duplicates(ownerId: string, rows: ImportRow[]): Promise<Map<number, 'in_file' | 'existing'>> {
    const duplicates = new Map<number, 'in_file' | 'existing'>();
    if (rows.length === 0) return duplicates;
    const dates = rows.map((row) => row.date).sort();
    const existing = new Set(
      (await this.#deps.transactions.keysOnDates(ownerId, dates[0] as string, dates.at(-1) as string)).map((row) =>
        duplicateKey({ date: row.occurred_on, amountMinor: Number(row.amount_minor), kind: row.kind, currency: row.currency, payee: row.payee }),
      ),
    );
    const seen = new Set<string>();
    for (const row of rows) {
      const key = duplicateKey(row);
      if (existing.has(key)) duplicates.set(row.line, 'existing');
      else if (seen.has(key)) duplicates.set(row.line, 'in_file');
      seen.add(key);
    }
    return duplicates;
  }

  async preview(ownerId: string, id: string, options: ImportOptions): Promise<ImportPreview> {
    const record = await this.#record(ownerId, id);
    const { rows, errors } = this.#mapped(record, options);
    const duplicates = await this.#duplicates(ownerId, rows);
    // Every flagged row, then the first rows of the file, so the person sees both.
    const shown = [...rows.filter((row) => duplicates.has(row.line)), ...rows.filter((row) => !duplicates.has(row.line)).slice(0, previewRows)].slice(0, previewRows * 5).sort((a, b) => a.line - b.line);
    return {
      rowCount: record.row_count,
      validRows: rows.length,
      duplicates: duplicates.size,
      errors: errors.slice(0, maxErrorsShown),
      rows: shown.map((row) => ({
        line: row.line,
        date: row.date,
        kind: row.kind,
        amountMinor: row.amountMinor,
        amount: formatMinor(row.amountMinor, row.currency),
        currency: row.currency,
        payee: row.payee,
        category: row.category,
        account: row.account,
        duplicate: duplicates.get(row.line) ?? 'none',
      })),
    };
  }

  /** Checks everything first: one bad row and nothing is imported. */
  async commit(ownerId: string, id: string, options: ImportOptions): Promise<ImportView> {
    const record = await this.#record(ownerId, id);
    if (record.status === 'done') throw new AppError('CONFLICT', 'This file has already been imported.');
    if (record.status === 'committing') throw new AppError('CONFLICT', 'This import is already running.');
    const { rows, errors } = this.#mapped(record, options);
    if (errors.length > 0) {
      throw new AppError('IMPORT_ROWS_INVALID', undefined, { details: errors.slice(0, maxErrorsShown).map((error) => ({ path: `line ${error.line}: ${error.column}`, message: error.message })) });
    }
    if (rows.length === 0) throw new AppError('VALIDATION_FAILED', 'There are no rows left to import.', { details: [{ path: 'body.skipLines', message: 'every row skipped' }] });
    if (!(await this.#deps.repository.startCommit(ownerId, id, JSON.stringify(options)))) throw new AppError('CONFLICT', 'This import is already running.');
    await this.#deps.cache.set(progressKey(id), '0', progressTtlSeconds);
    try {
      await this.#deps.enqueueCommit(id);
    } catch (error) {
      // Without its job the import would stay "committing" for good: undeletable, never retried.
      await this.#deps.repository.fail(id, 'The import could not be started. Nothing was imported; please try again.');
      throw error;
    }
    return this.get(ownerId, id);
  }

  async remove(ownerId: string, id: string): Promise<void> {
    await this.#record(ownerId, id);
    if (!(await this.#deps.repository.delete(ownerId, id))) throw new AppError('CONFLICT', 'This import is running; wait for it to finish.');
  }

  /** The background job: writes every row and marks the import done, in one transaction. */
  async runCommit(id: string): Promise<void> {
    const record = await this.#deps.repository.findById(id);
    if (!record || record.status !== 'committing' || !record.options) return;
    const options = JSON.parse(record.options) as ImportOptions;
    const ownerId = record.user_id;
    const { rows, errors } = this.#mapped(record, options);
    if (errors.length > 0) {
      await this.#deps.repository.fail(id, 'Some rows are no longer valid.');
      return;
    }
    const existing = await this.#deps.categories.rows(ownerId);
    const now = this.#now();
    try {
      await this.#write(id, record, rows, existing, now);
    } catch (error) {
      // Nothing was written (one transaction); say so, and let the worker log the error's name.
      await this.#deps.repository.fail(id, 'The import could not be completed. Nothing was imported; please try again.');
      throw error;
    }
    const periods = new Map(rows.map((row) => [`${row.date.slice(0, 7)}|${row.currency}`, { month: row.date.slice(0, 7), currency: row.currency }]));
    await this.#deps.budgets.checkAlerts(ownerId, [...periods.values()]);
  }

  async #write(id: string, record: ImportRowRecord, rows: ImportRow[], existing: CategoryRow[], now: Date): Promise<void> {
    const ownerId = record.user_id;
    await this.#deps.transactions.atomically(async (trx) => {
      // Claimed first, so a concurrent second run blocks here instead of writing every row again.
      if (!(await this.#deps.repository.claimForWriting(trx, id, rows.length))) return;
      const categoryIds = await this.#categoriesFor(ownerId, rows, existing, now, trx);
      const at = this.#deps.transactions.ts(now);
      const transactionRows: TransactionRow[] = rows.map((row) => {
        const transactionId = randomUUID();
        return {
          id: transactionId,
          user_id: ownerId,
          kind: row.kind,
          amount_minor: row.amountMinor,
          currency: row.currency,
          occurred_on: row.date,
          payee: row.payee,
          payee_key: payeeKey(row.payee),
          category_id: row.category ? (categoryIds.get(`${row.kind}|${categoryNameKey(row.category)}`) ?? null) : null,
          tags: '[]',
          account: row.account,
          note: row.note ? this.#deps.cipher.encrypt(row.note, noteContext(transactionId)) : null,
          recurring_id: null,
          occurrence_index: null,
          import_id: id,
          created_by: record.created_by,
          created_at: at,
          updated_at: at,
        };
      });
      const chunk = 2000;
      for (let start = 0; start < transactionRows.length; start += chunk) {
        await this.#deps.transactions.insert(transactionRows.slice(start, start + chunk), new Map(), trx);
        await this.#deps.cache.set(progressKey(id), String(Math.min(start + chunk, transactionRows.length)), progressTtlSeconds);
      }
    });
  }

  /** Category names from the file: an existing category of that kind, or a new one. */
  async #categoriesFor(ownerId: string, rows: ImportRow[], existing: CategoryRow[], now: Date, trx: Parameters<Parameters<TransactionRepository['atomically']>[0]>[0]) {
    const ids = new Map(existing.map((category) => [`${category.kind}|${category.name_key}`, category.id]));
    const archived = new Map(existing.filter((category) => category.archived_at !== null).map((category) => [`${category.kind}|${category.name_key}`, category.id]));
    const at = this.#deps.categoryRows.ts(now);
    for (const row of rows) {
      if (!row.category) continue;
      const key = `${row.kind}|${categoryNameKey(row.category)}`;
      const archivedId = archived.get(key);
      if (archivedId) {
        // The file names a category the person archived: it is in use again, so it comes back.
        await this.#deps.categoryRows.restore(ownerId, archivedId, now, trx);
        archived.delete(key);
      }
      if (ids.has(key)) continue;
      const category: CategoryRow = { id: randomUUID(), user_id: ownerId, key: null, name: row.category, name_key: categoryNameKey(row.category), kind: row.kind, parent_id: null, archived_at: null, created_at: at, updated_at: at };
      await this.#deps.categoryRows.insertMissing([category], trx);
      ids.set(key, category.id);
    }
    return ids;
  }
}

const progressKey = (id: string) => `money-import-progress:${id}`;
