/** Amounts, currencies and months as people read and type them. Money is never converted between currencies. */

const digitsCache = new Map<string, number>();

/** Digits after the decimal point for a currency (JPY 0, EUR 2, KWD 3), from the browser's Intl data. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  const known = digitsCache.get(code);
  if (known !== undefined) return known;
  let digits = 2;
  try {
    digits = new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // Not a currency the browser knows: the server has the last word.
  }
  digitsCache.set(code, digits);
  return digits;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact}`;
  let found = formatters.get(key);
  if (!found) {
    const digits = currencyDigits(currency);
    found = compact
      ? new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, found);
  }
  return found;
}

/** "€12.50" from 1250 minor units of EUR; "¥1,200" from 1200 of JPY. */
export function formatMoney(minor: number, currency: string, { compact = false }: { compact?: boolean } = {}): string {
  try {
    return formatter(currency, compact).format(minor / 10 ** currencyDigits(currency));
  } catch {
    return `${(minor / 10 ** currencyDigits(currency)).toFixed(currencyDigits(currency))} ${currency}`;
  }
}

/** An expense shown with a minus sign, an income with a plus: sign and words, never colour alone. */
export function signedMoney(kind: 'expense' | 'income', minor: number, currency: string): string {
  return `${kind === 'expense' ? '−' : '+'}${formatMoney(Math.abs(minor), currency)}`;
}

/**
 * What is wrong with a typed amount for this currency, or undefined. Accepts "12.50" and "12,50";
 * `normaliseAmount` turns either into what the API expects.
 */
export function amountProblem(text: string, currency: string, { allowZero = false } = {}): string | undefined {
  const value = text.trim();
  if (!value) return 'Enter an amount.';
  const normal = normaliseAmount(value);
  if (!/^\d{1,15}(\.\d+)?$/.test(normal)) return 'Enter an amount such as 12.50, without a currency sign.';
  const digits = currencyDigits(currency);
  const decimals = normal.split('.')[1]?.length ?? 0;
  if (decimals > digits) return digits === 0 ? `${currency} amounts have no decimals.` : `${currency} amounts have at most ${digits} decimal${digits === 1 ? '' : 's'}.`;
  if (!allowZero && Number(normal) === 0) return 'Enter an amount above zero.';
  return undefined;
}

/** "12,50" → "12.50"; spaces and thousands separators before a final decimal point are dropped. */
export function normaliseAmount(text: string): string {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  if (lastComma > lastDot) return compact.replace(/\./g, '').replace(',', '.').replace(/,/g, '');
  return compact.replace(/,/g, '');
}

/** Three letters, upper case, and known to the browser. */
export function currencyProblem(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return 'Enter a three-letter currency code such as EUR.';
  return knownCurrencies().includes(code) ? undefined : `${code} is not a currency code this browser knows.`;
}

let currencies: string[] | undefined;
export function knownCurrencies(): string[] {
  currencies ??= Intl.supportedValuesOf('currency');
  return currencies;
}

const currencyNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' });
  } catch {
    return undefined;
  }
})();
export const currencyName = (code: string) => currencyNames?.of(code) ?? code;

const storageKey = 'daybook-money-currency';
const byRegion: Record<string, string> = { US: 'USD', GB: 'GBP', JP: 'JPY', CA: 'CAD', AU: 'AUD', NZ: 'NZD', CH: 'CHF', IN: 'INR', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', BR: 'BRL', MX: 'MXN', ZA: 'ZAR', KW: 'KWD' };

/** The currency last used on this device, or a guess from the browser's language. */
export function preferredCurrency(): string {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved && /^[A-Z]{3}$/.test(saved)) return saved;
  } catch {
    // Storage may be blocked; fall back to the guess.
  }
  const region = new Intl.Locale(navigator.language).maximize().region ?? '';
  return byRegion[region] ?? 'EUR';
}

export function rememberCurrency(code: string): void {
  try {
    localStorage.setItem(storageKey, code);
  } catch {
    // Not remembered: no harm.
  }
}

/** Today on this device, as yyyy-mm-dd. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const thisMonth = () => today().slice(0, 7);

/** "2026-05" moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const total = year * 12 + (index - 1) + delta;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const monthLong = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const dayMedium = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const asUtc = (text: string) => new Date(`${text.length === 7 ? `${text}-01` : text}T00:00:00Z`);

/** "May 2026". */
export const formatMonth = (month: string) => monthLong.format(asUtc(month));
/** "May". */
export const shortMonth = (month: string) => monthShort.format(asUtc(month));
/** "12 May 2026", for a yyyy-mm-dd day (no time zone shift). */
export const formatDay = (day: string) => dayMedium.format(asUtc(day));
