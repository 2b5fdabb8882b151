/**
 * Currencies and amounts. Money is integer minor units (cents, pence, fils): every amount is
 * parsed straight from its decimal text into an integer, never through a floating-point number,
 * because 0.29 has no exact binary form and "0.29" * 100 is 28.999999999999996.
 */
import currencyCodes from 'currency-codes';

/** The largest amount we store: beyond it integer arithmetic on a JS number stops being exact. */
export const MAX_AMOUNT_MINOR = Number.MAX_SAFE_INTEGER;

/**
 * ISO 4217 codes that are not money a person spends, in two lists. money.test.ts checks both
 * against the ISO XML file the package ships, so a package update that changes them fails loudly.
 *
 * Precious metals, bond-market units, SDR, Sucre, ADB unit, testing (XTS) and "no currency" (XXX):
 * ISO gives them no minor unit ("N.A."), which the package's data turns into 0 digits.
 */
export const CODES_WITHOUT_MINOR_UNIT: ReadonlySet<string> = new Set([
  'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX',
]);
/** Codes ISO marks IsFund="true": accounting units (e.g. CLF, MXV, USN), not a currency in a wallet. */
export const FUND_CODES: ReadonlySet<string> = new Set(['BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI']);

/**
 * Codes newer than the package's data (ISO list of 2024-06-25): the Caribbean guilder replaced the
 * Netherlands Antillean guilder (ANG) in 2025. ANG is kept so older statements still import.
 */
const CODES_NEWER_THAN_PACKAGE: ReadonlyArray<readonly [string, number]> = [['XCG', 2]];

const exponentByCode: ReadonlyMap<string, number> = new Map([
  ...currencyCodes.data
    .filter((record) => !CODES_WITHOUT_MINOR_UNIT.has(record.code) && !FUND_CODES.has(record.code))
    .map((record) => [record.code, record.digits] as const),
  ...CODES_NEWER_THAN_PACKAGE,
]);

/** True for an active ISO 4217 currency people hold, written as three upper-case letters. */
export function isCurrencyCode(code: string): boolean {
  return exponentByCode.has(code);
}

/** Digits after the decimal point: JPY 0, EUR 2, KWD 3, UYW 4. Throws for a code that is not a currency. */
export function currencyExponent(code: string): number {
  const exponent = exponentByCode.get(code);
  // A programming error, not bad input: callers check the code with isCurrencyCode first.
  if (exponent === undefined) throw new RangeError(`Not a supported currency code: ${JSON.stringify(code)}`);
  return exponent;
}

export type DecimalStyle = 'dot' | 'comma';
export type AmountParseResult = { ok: true; minor: number } | { ok: false; reason: 'format' | 'too_many_decimals' | 'too_large' };

// Longer than any real amount; refusing early keeps hostile cells cheap.
const MAX_AMOUNT_TEXT_LENGTH = 64;
// Hyphen-minus (escaped: this goes inside a regex character class), minus sign, figure dash, en dash.
const MINUS_SIGNS = String.raw`\-\u2212\u2012\u2013`;
// Symbols like €, $, £, ¥ (\p{Sc}), optionally after letters (R$, US$, C$), or a three-letter code,
// or a few local symbols written with letters.
const currencyAffix = String.raw`(?:\p{L}{0,3}\p{Sc}|[A-Za-z]{3}|kr\.?|Kr\.?|Fr\.?|zł|Kč|Ft|Rs\.?|Rp|RM|lei|лв)`;
const signedAmountPattern = new RegExp(
  String.raw`^(?<lead>[+${MINUS_SIGNS}])?\s*(?<prefix>${currencyAffix})?\s*(?<mid>[+${MINUS_SIGNS}])?\s*` +
    String.raw`(?<number>[0-9][0-9.,' \u2019]*[0-9]|[0-9]|[.,][0-9]+)` +
    String.raw`\s*(?<trail>[+${MINUS_SIGNS}])?\s*(?<suffix>${currencyAffix})?\s*(?<end>[+${MINUS_SIGNS}])?$`,
  'u',
);

/** Group separators allowed besides the one the style names: spaces and apostrophes (1 234,56; 1'234.56). */
const groupSeparators: Record<DecimalStyle, string> = { dot: ",' \u2019", comma: ".' \u2019" };

/**
 * Reads an amount a bank or a person wrote ("-1.234,56", "(12.50)", "€ 12,50", "12.50 USD") into
 * signed minor units of `currency`. 'dot' means 1,234.56 and 'comma' means 1.234,56; both also
 * accept spaces and apostrophes between thousands. Exponents ("1e5") are a format error.
 */
export function parseAmountToMinor(text: string, currency: string, style: DecimalStyle): AmountParseResult {
  const exponent = currencyExponent(currency);
  if (text.length > MAX_AMOUNT_TEXT_LENGTH) return { ok: false, reason: 'format' };
  // Every kind of space (no-break, narrow no-break, thin) counts as a plain space.
  let body = text.replace(/[\s\u00a0\u2007\u2009\u202f]+/gu, ' ').trim();
  let negative = false;
  const parenthesised = /^\((.*)\)$/u.exec(body);
  if (parenthesised) {
    negative = true;
    body = (parenthesised[1] ?? '').trim();
  }
  const match = signedAmountPattern.exec(body);
  const parts = match?.groups;
  if (!parts || parts.number === undefined) return { ok: false, reason: 'format' };
  const signs = [parts.lead, parts.mid, parts.trail, parts.end].filter((sign) => sign !== undefined);
  if (signs.length > 1 || (parenthesised && signs.length > 0)) return { ok: false, reason: 'format' };
  if (parts.prefix !== undefined && parts.suffix !== undefined) return { ok: false, reason: 'format' };
  // A three-letter word next to the number must be a real code, so "12 abc" is not an amount.
  for (const affix of [parts.prefix, parts.suffix]) {
    if (affix !== undefined && /^[A-Za-z]{3}$/u.test(affix) && !isCurrencyCode(affix.toUpperCase())) {
      return { ok: false, reason: 'format' };
    }
  }
  if (signs[0] !== undefined && signs[0] !== '+') negative = true;

  const digits = splitDecimal(parts.number, style);
  if (!digits) return { ok: false, reason: 'format' };
  const significantFraction = digits.fraction.replace(/0+$/u, '');
  if (significantFraction.length > exponent) return { ok: false, reason: 'too_many_decimals' };
  const minorText = `${digits.integer}${significantFraction.padEnd(exponent, '0')}`.replace(/^0+(?=\d)/u, '');
  // Up to 15 digits always fits; only a 16-digit number needs the exact BigInt comparison.
  if (minorText.length > 16 || (minorText.length === 16 && BigInt(minorText) > BigInt(MAX_AMOUNT_MINOR))) {
    return { ok: false, reason: 'too_large' };
  }
  const magnitude = Number(minorText);
  return { ok: true, minor: negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** Splits "1,234.56" (dot) or "1.234,56" (comma) into plain digit strings, checking the grouping. */
function splitDecimal(number: string, style: DecimalStyle): { integer: string; fraction: string } | null {
  const decimalMark = style === 'dot' ? '.' : ',';
  const markAt = number.lastIndexOf(decimalMark);
  const integerPart = markAt === -1 ? number : number.slice(0, markAt);
  const fraction = markAt === -1 ? '' : number.slice(markAt + 1);
  if (!/^\d*$/u.test(fraction) || (markAt !== -1 && fraction.length === 0)) return null;
  if (integerPart === '') return fraction === '' ? null : { integer: '0', fraction };
  if (/^\d+$/u.test(integerPart)) return { integer: integerPart, fraction };
  // Grouped: one separator used throughout, the last group three digits. Earlier groups may be two
  // digits so Indian lakh grouping (1,00,000.00) reads too.
  const separator = [...groupSeparators[style]].find((candidate) => integerPart.includes(candidate));
  if (separator === undefined) return null;
  const groups = integerPart.split(separator);
  const [first, ...rest] = groups;
  const last = groups.at(-1);
  const wellGrouped =
    first !== undefined && /^\d{1,3}$/u.test(first) && last !== undefined && /^\d{3}$/u.test(last) &&
    rest.every((group) => /^\d{2,3}$/u.test(group));
  return wellGrouped ? { integer: groups.join(''), fraction } : null;
}

/** Plain decimal text for CSV and the API: 123456 EUR → "1234.56", -5 JPY → "-5", 1234 KWD → "1.234". */
export function formatMinor(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not a safe integer amount: ${minor}`);
  const exponent = currencyExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor));
  if (exponent === 0) return `${sign}${digits}`;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}
