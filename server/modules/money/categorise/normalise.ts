/**
 * Turns bank-statement text ("TESCO STORES 3142 LONDON", "SQ *BLUE BOTTLE COFFEE",
 * "CB CARREFOUR CITY 12/03") into comparable tokens: lower case, accents folded, store numbers,
 * dates, references and card-terminal words removed. Every step is a linear replacement with no
 * nested quantifiers, so hostile input cannot make a pattern backtrack.
 */

/**
 * Words that say how a payment was made or who processed it, never what it bought: card and
 * terminal words, bank transfer codes (UK, US, DE, FR), payment processors and legal forms.
 * Kept out so "PAYPAL *SPOTIFY" and "SPOTIFY" are the same payee. Processors that only serve
 * one trade (Toast, "TST*", serves restaurants) are deliberately not here.
 */
const noiseWords = new Set([
  // cards and terminals
  'pos', 'card', 'carte', 'cb', 'visa', 'mastercard', 'maestro', 'debit', 'credit', 'contactless', 'purchase',
  'cnp', 'vis', 'ec', 'girocard', 'kartenzahlung', 'lastschrift', 'ref', 'reference', 'txn', 'trx', 'auth',
  // transfer types and bank codes
  'dd', 'so', 'bgc', 'fp', 'tfr', 'sepa', 'ueberweisung', 'dauerauftrag', 'folgelastschrift', 'basislastschrift',
  'prlv', 'vir', 'virement', 'inst', 'ppd', 'id', 'ach', 'pymt', 'pmt', 'pmnt', 'payment', 'payments',
  // payment processors and wallets that front many kinds of merchant
  'sq', 'sumup', 'zettle', 'izettle', 'paypal', 'pp', 'stripe', 'gpay', 'pay', 'klarna',
  // legal forms and web noise
  'ltd', 'limited', 'plc', 'llc', 'inc', 'corp', 'co', 'gmbh', 'ag', 'kg', 'ohg', 'ev', 'se', 'sa', 'sas', 'sarl',
  'bv', 'nv', 'cie', 'sca', 'et', 'www', 'com', 'net', 'org', 'uk', 'de', 'fr', 'us', 'eu', 'help',
  // "REWE SAGT DANKE", "THANK YOU"
  'sagt', 'danke', 'thank', 'you', 'merci', 'the',
]);

/**
 * Brand tokens that contain a digit and must survive the digit filter. Every other token with a
 * digit is a store number, date, time or reference.
 */
const digitBrands = new Set(['o2', '1und1']);

/** Letters that accent folding (NFKD) does not split. */
const ligatures: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/** Lower case, accents folded, joined letters kept together ("M&S" -> "ms", "Sainsbury's" -> "sainsburys"). */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => ligatures[letter] ?? letter)
    .replace(/['\u2019`]/g, '')
    .replace(/(\p{L})&(\p{L})/gu, '$1$2');
}

function keep(token: string, hasDigit: boolean): boolean {
  if (token.length < 2 || noiseWords.has(token)) return false;
  return !hasDigit || digitBrands.has(token);
}

/**
 * The common case, plain ASCII statement text, in one pass without regular expressions: it
 * runs for every row of a person's history, and this is several times faster. Same result as
 * the general path below.
 */
function tokeniseAscii(text: string): string[] {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  let hasDigit = false;
  let joined = false;
  for (let index = 0; index <= lower.length; index += 1) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32;
    const letter = code >= 97 && code <= 122;
    const digit = code >= 48 && code <= 57;
    // Apostrophes join ("sainsbury's"), and so does "&" between letters ("m&s"); they are removed below.
    const joiner = code === 39 || code === 96 || (code === 38 && isLowerLetter(lower.charCodeAt(index - 1)) && isLowerLetter(lower.charCodeAt(index + 1)));
    if (letter || digit || (joiner && start >= 0)) {
      if (start < 0) start = index;
      hasDigit ||= digit;
      joined ||= joiner;
      continue;
    }
    if (start >= 0) {
      const raw = lower.slice(start, index);
      const token = joined ? raw.replace(/['`&]/g, '') : raw;
      if (keep(token, hasDigit)) tokens.push(token);
    }
    start = -1;
    hasDigit = false;
    joined = false;
  }
  return tokens;
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Meaningful tokens of a payee or note, in order (duplicates kept: the note may repeat a word). */
export function tokenise(text: string | null | undefined): string[] {
  if (!text) return [];
  // A bound on input length keeps a pasted essay from costing more than a statement line.
  const bounded = text.slice(0, 500);
  if (!/[^\x00-\x7f]/.test(bounded)) return tokeniseAscii(bounded);
  const tokens: string[] = [];
  for (const raw of fold(bounded).split(/[^\p{L}\p{N}]+/u)) {
    if (keep(raw, /\p{N}/u.test(raw))) tokens.push(raw);
  }
  return tokens;
}

/**
 * The payee as one comparable string: "TESCO STORES 3142 LONDON" and "TESCO STORES 0021 LONDON"
 * share "tesco stores london". Empty when nothing meaningful is left (a bare reference number).
 */
export function payeeKey(payee: string): string {
  return tokenise(payee).join(' ');
}
