/**
 * Turns CSV rows into transactions to import using a confirmed column mapping. Every problem is
 * reported per row and column with the file's line number, so the person can fix the file; the
 * caller decides whether to import the good rows or nothing.
 */
import { AppError } from '../../../lib/app-error.ts';
import { isCurrencyCode, parseAmountToMinor, type DecimalStyle } from '../../../lib/money.ts';
import { DATE_FORMATS, parseDate } from './date-formats.ts';
import type { ImportMapping } from './guess-mapping.ts';
import type { CsvTable } from './parse-table.ts';

export type TransactionKind = 'expense' | 'income';

export interface ImportRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  date: string;
  kind: TransactionKind;
  /** Always positive; `kind` carries the direction. */
  amountMinor: number;
  currency: string;
  payee: string;
  category: string | null;
  note: string | null;
  account: string;
}

export type ImportErrorCode = 'date' | 'amount' | 'too_many_decimals' | 'too_large' | 'currency' | 'payee' | 'zero';

export interface ImportRowError {
  line: number;
  column: string;
  code: ImportErrorCode;
  message: string;
}

export const MAX_PAYEE_LENGTH = 200;
export const MAX_NOTE_LENGTH = 1000;
export const MAX_CATEGORY_LENGTH = 60;
export const MAX_ACCOUNT_LENGTH = 60;

/** Values of a type/kind column, normalised (lower case, no accents or dots), that fix the direction. */
const expenseWords = new Set(['debit', 'dr', 'db', 'd', 'deb', 'debito', 'expense', 'expenditure', 'out', 'outgoing', 'withdrawal', 'payment', 'af', 'soll', 's', 'ausgang', 'belastung', 'lastschrift', 'cargo', 'gasto', 'depense', 'sortie', '-']);
const incomeWords = new Set(['credit', 'cr', 'c', 'income', 'in', 'incoming', 'deposit', 'bij', 'haben', 'h', 'eingang', 'gutschrift', 'abono', 'ingreso', 'recette', 'entree', '+']);

// Control characters and bidirectional overrides are invisible and can disguise a payee's name.
const invisibleCharacters = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Cuts to at most `max` UTF-16 units (what a database length check counts) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/u.test(cut) ? cut.slice(0, -1) : cut;
}

function singleLine(text: string, max: number): string {
  return truncate(text.normalize('NFC').replace(invisibleCharacters, ' ').replace(/\s+/gu, ' ').trim(), max).trim();
}

function multiLine(text: string, max: number): string {
  const lines = text.normalize('NFC').replace(/\r\n?/gu, '\n').split('\n');
  const cleaned = lines.map((line) => line.replace(invisibleCharacters, ' ').replace(/[^\S\n]+/gu, ' ').trim());
  return truncate(cleaned.join('\n').replace(/\n{3,}/gu, '\n\n').trim(), max).trim();
}

function kindFromWord(value: string): TransactionKind | null {
  const word = value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./gu, '').trim();
  if (expenseWords.has(word)) return 'expense';
  if (incomeWords.has(word)) return 'income';
  return null;
}

/** Short, quoted copy of a cell for an error message. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${truncate(value, 40)}…` : value);
}

function invalidMapping(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { details: [{ path: `mapping.${field}`, message }] });
}

const optionalColumns = ['amount', 'debit', 'credit', 'category', 'note', 'account', 'currency', 'kind'] as const;

/** Refuses a mapping that points outside the table, uses a column twice or has no amount. */
function checkMapping(mapping: ImportMapping, columnCount: number): void {
  const used = new Map<number, string>();
  for (const field of ['date', 'payee', ...optionalColumns] as const) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 0 || column >= columnCount) {
      throw invalidMapping(field, `The ${field} column must be one of the file's ${columnCount} columns.`);
    }
    const other = used.get(column);
    if (other !== undefined) throw invalidMapping(field, `The same column cannot be both ${other} and ${field}.`);
    used.set(column, field);
  }
  const splitAmounts = mapping.debit !== undefined || mapping.credit !== undefined;
  if (splitAmounts && mapping.amount !== undefined) throw invalidMapping('amount', 'Choose either one amount column or debit and credit columns, not both.');
  if (!splitAmounts && mapping.amount === undefined) throw invalidMapping('amount', 'Choose the amount column, or the debit and credit columns.');
  if (!DATE_FORMATS.includes(mapping.dateFormat)) throw invalidMapping('dateFormat', 'Choose one of the supported date formats.');
  if (mapping.decimalStyle !== 'dot' && mapping.decimalStyle !== 'comma') throw invalidMapping('decimalStyle', 'Choose dot or comma as the decimal mark.');
}

const amountMessages: Record<'format' | 'too_many_decimals' | 'too_large', (value: string, currency: string) => string> = {
  format: (value) => `${quoted(value)} is not an amount.`,
  too_many_decimals: (value, currency) => `${quoted(value)} has more decimal places than ${currency} allows.`,
  too_large: (value) => `${quoted(value)} is too large.`,
};

type AmountOutcome = { ok: true; minor: number; column: number } | { ok: false; code: ImportErrorCode; column: number; message: string };

/** Signed minor units from the amount column, or from whichever of debit/credit is filled (debit negative). */
function readAmount(row: readonly string[], mapping: ImportMapping, currency: string, style: DecimalStyle): AmountOutcome {
  const parse = (column: number): AmountOutcome => {
    const value = row[column] ?? '';
    const result = parseAmountToMinor(value, currency, style);
    if (result.ok) return { ok: true, minor: result.minor, column };
    return { ok: false, code: result.reason === 'format' ? 'amount' : result.reason, column, message: amountMessages[result.reason](value, currency) };
  };
  if (mapping.amount !== undefined) {
    if ((row[mapping.amount] ?? '') === '') return { ok: false, code: 'amount', column: mapping.amount, message: 'The amount is empty.' };
    return parse(mapping.amount);
  }
  const sides = [
    { column: mapping.debit, sign: -1 },
    { column: mapping.credit, sign: 1 },
  ].flatMap(({ column, sign }) => (column !== undefined && (row[column] ?? '') !== '' ? [{ column, sign }] : []));
  const firstColumn = mapping.debit ?? mapping.credit ?? 0;
  if (sides.length === 0) return { ok: false, code: 'amount', column: firstColumn, message: 'Both the debit and the credit are empty.' };
  const parsed = sides.map(({ column, sign }) => ({ outcome: parse(column), sign }));
  const failed = parsed.find(({ outcome }) => !outcome.ok);
  if (failed) return failed.outcome;
  // A bank may write 0.00 in the unused side; only one side may hold a real amount.
  const nonZero = parsed.filter(({ outcome }) => outcome.ok && outcome.minor !== 0);
  if (nonZero.length > 1) return { ok: false, code: 'amount', column: firstColumn, message: 'Both the debit and the credit have an amount; only one may.' };
  const chosen = nonZero[0] ?? parsed[0];
  if (!chosen || !chosen.outcome.ok) return { ok: false, code: 'amount', column: firstColumn, message: 'The amount is empty.' };
  return { ok: true, minor: Math.abs(chosen.outcome.minor) * chosen.sign, column: chosen.outcome.column };
}

/**
 * Maps parsed CSV rows to import rows. A single amount column is signed (negative = expense)
 * unless a kind column says debit/credit, expense/income, DR/CR and so on, which then wins.
 * Text longer than its limit is shortened rather than refused, except an empty payee.
 * Throws AppError('VALIDATION_FAILED') for a mapping or defaults that cannot work at all.
 */
export function mapRows(
  table: Pick<CsvTable, 'headers' | 'rows'> & Partial<Pick<CsvTable, 'delimiter' | 'rowLines'>>,
  mapping: ImportMapping,
  defaults: { currency: string; account: string },
): { rows: ImportRow[]; errors: ImportRowError[] } {
  checkMapping(mapping, table.headers.length);
  if (!isCurrencyCode(defaults.currency)) throw invalidMapping('currency', 'Choose a valid default currency.');
  const defaultAccount = singleLine(defaults.account, MAX_ACCOUNT_LENGTH);
  if (defaultAccount === '') throw invalidMapping('account', 'Choose the account to import into.');

  const columnName = (column: number) => table.headers[column] ?? `Column ${column + 1}`;
  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];

  for (const [index, rawRow] of table.rows.entries()) {
    // Without rowLines (a table rebuilt from storage) the count assumes one line per row and no blank lines.
    const line = table.rowLines?.[index] ?? index + 2;
    const row = rawRow.map((cell) => cell.trim());
    const cell = (column: number | undefined) => (column === undefined ? '' : (row[column] ?? ''));
    const rowErrors: ImportRowError[] = [];
    const fail = (column: number, code: ImportErrorCode, message: string) => rowErrors.push({ line, column: columnName(column), code, message });

    const date = parseDate(cell(mapping.date), mapping.dateFormat);
    if (date === null) fail(mapping.date, 'date', `${quoted(cell(mapping.date))} is not a date in the format ${mapping.dateFormat}.`);

    let currency = defaults.currency;
    const currencyCell = cell(mapping.currency).toUpperCase();
    if (mapping.currency !== undefined && currencyCell !== '') {
      if (isCurrencyCode(currencyCell)) currency = currencyCell;
      else fail(mapping.currency, 'currency', `${quoted(currencyCell)} is not a currency code such as EUR or USD.`);
    }

    let signedMinor = 0;
    // Without a known currency the number of decimals cannot be checked, so the amount waits.
    if (rowErrors.every((error) => error.code !== 'currency')) {
      const amount = readAmount(row, mapping, currency, mapping.decimalStyle);
      if (!amount.ok) fail(amount.column, amount.code, amount.message);
      else if (amount.minor === 0) fail(amount.column, 'zero', 'The amount is zero.');
      else signedMinor = amount.minor;
    }

    const payee = singleLine(cell(mapping.payee), MAX_PAYEE_LENGTH);
    if (payee === '') fail(mapping.payee, 'payee', 'The payee is empty.');

    if (rowErrors.length > 0 || date === null) {
      errors.push(...rowErrors);
      continue;
    }
    const kindFromColumn = mapping.kind === undefined ? null : kindFromWord(cell(mapping.kind));
    const category = singleLine(cell(mapping.category), MAX_CATEGORY_LENGTH);
    const note = multiLine(cell(mapping.note), MAX_NOTE_LENGTH);
    const account = singleLine(cell(mapping.account), MAX_ACCOUNT_LENGTH);
    rows.push({
      line,
      date,
      kind: kindFromColumn ?? (signedMinor < 0 ? 'expense' : 'income'),
      amountMinor: Math.abs(signedMinor),
      currency,
      payee,
      category: category === '' ? null : category,
      note: note === '' ? null : note,
      account: account === '' ? defaultAccount : account,
    });
  }
  return { rows, errors };
}

/**
 * Rows with the same date, direction, amount, currency and payee count as duplicates. The payee is
 * compared ignoring case and spacing but not accents: "Café" and "Cafe" may be different shops.
 */
export function duplicateKey(row: { date: string; amountMinor: number; kind: string; currency: string; payee: string }): string {
  const payee = row.payee.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return [row.date, row.kind, String(row.amountMinor), row.currency.toUpperCase(), payee].join('|');
}
