/**
 * A first guess at which column holds what, from header names banks commonly use (English and a
 * few German, French, Spanish and Dutch ones) checked against sample values. It is only a guess:
 * the person confirms or corrects it before anything is imported.
 */
import { isCurrencyCode, parseAmountToMinor, type DecimalStyle } from '../../../lib/money.ts';
import { guessDateFormat, type DateFormat } from './date-formats.ts';

export interface ImportMapping {
  date: number;
  amount?: number;
  debit?: number;
  credit?: number;
  payee: number;
  category?: number;
  note?: number;
  account?: number;
  currency?: number;
  kind?: number;
  dateFormat: DateFormat;
  decimalStyle: DecimalStyle;
}

type Field = 'date' | 'amount' | 'debit' | 'credit' | 'payee' | 'category' | 'note' | 'account' | 'currency' | 'kind';

/**
 * Header names per field, best first, compared after lower-casing, removing accents and turning
 * punctuation into spaces. A name matches exactly, or with a unit in brackets ("Betrag (EUR)").
 */
const headerNames: Record<Field, readonly string[]> = {
  date: [
    'date', 'booking date', 'transaction date', 'posting date', 'posted date', 'completed date', 'started date',
    'trans date', 'datum', 'buchungstag', 'buchungsdatum', 'transaktionsdatum', 'date operation',
    'date de l operation', 'date de operation', 'fecha', 'fecha operacion', 'fecha de operacion', 'boekdatum',
    'transactiedatum', 'value date', 'valutadatum', 'date de valeur', 'fecha valor', 'rentedatum',
  ],
  amount: ['amount', 'transaction amount', 'betrag', 'umsatz', 'montant', 'importe', 'cantidad', 'bedrag', 'value'],
  debit: ['debit', 'debit amount', 'paid out', 'money out', 'withdrawal', 'withdrawals', 'out', 'soll', 'ausgang', 'debit euros', 'cargo', 'cargos', 'afschrijving'],
  credit: ['credit', 'credit amount', 'paid in', 'money in', 'deposit', 'deposits', 'in', 'haben', 'eingang', 'credit euros', 'abono', 'abonos', 'bijschrijving'],
  payee: [
    'payee', 'payee name', 'merchant', 'merchant name', 'counterparty', 'counter party', 'counterparty name', 'name',
    'beneficiary', 'recipient', 'empfanger', 'zahlungsempfanger', 'auftraggeber empfanger', 'beguenstigter zahlungspflichtiger',
    'begunstigter zahlungspflichtiger', 'name zahlungsbeteiligter', 'beneficiaire', 'tiers', 'beneficiario', 'naam', 'naam omschrijving',
    'tegenpartij', 'description', 'transaction description', 'details', 'narrative', 'beschreibung', 'buchungstext',
    'libelle', 'libelle operation', 'descripcion', 'concepto', 'omschrijving',
  ],
  category: ['category', 'categories', 'kategorie', 'categorie', 'categoria'],
  note: ['memo', 'note', 'notes', 'reference', 'description', 'details', 'verwendungszweck', 'referenz', 'notiz', 'reference operation', 'remarque', 'referencia', 'observaciones', 'mededelingen', 'omschrijving', 'kenmerk'],
  account: ['account', 'account name', 'konto', 'kontoname', 'compte', 'cuenta', 'rekening', 'rekeningnaam'],
  currency: ['currency', 'wahrung', 'waehrung', 'wahrungscode', 'devise', 'monnaie', 'moneda', 'divisa', 'valuta', 'munt'],
  kind: ['type', 'transaction type', 'kind', 'debit credit', 'dr cr', 'credit debit', 'cr dr', 'af bij', 'soll haben', 'sens', 'tipo', 'debit credit indicator'],
};

// Fields in the order they claim columns; a column taken by one is not offered to the next.
const claimOrder: readonly Field[] = ['date', 'kind', 'debit', 'credit', 'amount', 'currency', 'payee', 'category', 'account', 'note'];

export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/gu, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Rank of a header for a field: lower is better, null when it does not match. */
function headerRank(header: string, field: Field): number | null {
  const names = headerNames[field];
  const exact = names.indexOf(header);
  if (exact !== -1) return exact;
  // "Betrag (EUR)", "Amount GBP", "Paid out £" → strip a trailing unit and try again.
  const withoutUnit = header.replace(/\s+(?:[a-z]{3}|eur|euro|euros|gbp|usd)$/u, '');
  const loose = withoutUnit === header ? -1 : names.indexOf(withoutUnit);
  return loose === -1 ? null : names.length + loose;
}

function columnValues(sample: readonly string[][], column: number): string[] {
  return sample.map((row) => (row[column] ?? '').trim()).filter((value) => value !== '');
}

function looksLikeAmounts(values: readonly string[]): boolean {
  // Any result but a format error means the text is a number; the currency here does not matter.
  const readable = (value: string, style: DecimalStyle) => {
    const result = parseAmountToMinor(value, 'EUR', style);
    return result.ok || result.reason !== 'format';
  };
  return values.every((value) => readable(value, 'dot') || readable(value, 'comma'));
}

/** Whether the sample values are plausible for a field, so "Valuta" (a date in German, a currency in Dutch) lands right. */
function valuesFit(field: Field, values: readonly string[]): boolean {
  if (values.length === 0) return true;
  switch (field) {
    case 'date':
      return guessDateFormat(values) !== null;
    case 'amount':
    case 'debit':
    case 'credit':
      return looksLikeAmounts(values);
    case 'currency':
      return values.every((value) => isCurrencyCode(value.toUpperCase()));
    default:
      return true;
  }
}

/**
 * Decimal style from amount samples: a separator followed by one or two digits at the end is a
 * decimal mark; three digits ("1,234") could be either, so such values do not vote. No evidence → 'dot'.
 */
export function guessDecimalStyle(values: readonly string[]): DecimalStyle {
  let dotVotes = 0;
  let commaVotes = 0;
  for (const value of values) {
    const hasDot = value.includes('.');
    const hasComma = value.includes(',');
    // With both marks, the later one is the decimal mark: 1,234.56 or 1.234,56.
    const decimalMark = hasDot && hasComma
      ? (value.lastIndexOf(',') > value.lastIndexOf('.') ? ',' : '.')
      : /([.,])\d{1,2}\D*$/u.exec(value)?.[1];
    if (decimalMark === ',') commaVotes += 1;
    else if (decimalMark === '.') dotVotes += 1;
  }
  return commaVotes > dotVotes ? 'comma' : 'dot';
}

/** Guesses a mapping for `headers` using up to the first rows as `sample`. */
export function guessMapping(headers: readonly string[], sample: readonly string[][]): ImportMapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const chosen: Partial<Record<Field, number>> = {};

  for (const field of claimOrder) {
    let best: { column: number; rank: number } | null = null;
    for (const [column, header] of normalised.entries()) {
      if (taken.has(column)) continue;
      const rank = headerRank(header, field);
      if (rank === null || (best && best.rank <= rank)) continue;
      if (!valuesFit(field, columnValues(sample, column))) continue;
      best = { column, rank };
    }
    if (best) {
      chosen[field] = best.column;
      taken.add(best.column);
    }
  }

  // Separate debit and credit columns only make sense as a pair; a lone one is more likely an amount.
  if (chosen.debit === undefined || chosen.credit === undefined) {
    for (const lone of [chosen.debit, chosen.credit]) {
      if (lone !== undefined && chosen.amount === undefined) chosen.amount = lone;
      else if (lone !== undefined) taken.delete(lone);
    }
    delete chosen.debit;
    delete chosen.credit;
  } else if (chosen.amount !== undefined) {
    taken.delete(chosen.amount);
    delete chosen.amount;
  }

  const unused = (predicate: (column: number) => boolean) => headers.findIndex((_, column) => !taken.has(column) && predicate(column));
  // Without a recognised header, take the first column whose values read as dates.
  const date = chosen.date ?? Math.max(0, unused((column) => columnValues(sample, column).length > 0 && valuesFit('date', columnValues(sample, column))));
  taken.add(date);
  // Without a recognised payee header, the first unused column with letters in it.
  const payee = chosen.payee ?? Math.max(0, unused((column) => columnValues(sample, column).some((value) => /\p{L}{2}/u.test(value))));

  const amountColumns = [chosen.amount, chosen.debit, chosen.credit].filter((column) => column !== undefined);
  const mapping: ImportMapping = {
    date,
    payee,
    dateFormat: guessDateFormat(columnValues(sample, date)) ?? 'YYYY-MM-DD',
    decimalStyle: guessDecimalStyle(amountColumns.flatMap((column) => columnValues(sample, column))),
  };
  for (const field of ['amount', 'debit', 'credit', 'category', 'note', 'account', 'currency', 'kind'] as const) {
    const column = chosen[field];
    if (column !== undefined) mapping[field] = column;
  }
  return mapping;
}
