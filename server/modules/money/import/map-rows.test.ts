import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/app-error.ts';
import { decodeCsvFile } from './decode.ts';
import { guessMapping, type ImportMapping } from './guess-mapping.ts';
import { duplicateKey, mapRows, type ImportRow, type ImportRowError } from './map-rows.ts';
import { parseCsvTable } from './parse-table.ts';

const defaults = { currency: 'EUR', account: 'Main' };
const base: ImportMapping = { date: 0, payee: 1, amount: 2, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' };

function row(fields: Partial<ImportRow>): ImportRow {
  return { line: 2, date: '2026-03-01', kind: 'expense', amountMinor: 1250, currency: 'EUR', payee: 'Shop', category: null, note: null, account: 'Main', ...fields };
}

function table(headers: string[], ...rows: string[][]) {
  return { headers, rows };
}

describe('mapRows', () => {
  it.each<[string, ReturnType<typeof table>, Partial<ImportMapping>, ImportRow[]]>([
    ['negative amount is an expense', table(['Date', 'Payee', 'Amount'], ['2026-03-01', 'Shop', '-12.50']), {}, [row({})]],
    ['positive amount is income', table(['Date', 'Payee', 'Amount'], ['2026-03-01', 'Employer', '2,500.00']), {}, [row({ kind: 'income', amountMinor: 250000, payee: 'Employer' })]],
    ['(12.50) is an expense', table(['Date', 'Payee', 'Amount'], ['2026-03-01', 'Shop', '(12.50)']), {}, [row({})]],
    ['"-1.234,56" in comma style', table(['Date', 'Payee', 'Amount'], ['2026-03-01', 'Shop', '-1.234,56']), { decimalStyle: 'comma' }, [row({ amountMinor: 123456 })]],
    ['"€ 12,50" in comma style', table(['Date', 'Payee', 'Amount'], ['2026-03-01', 'Shop', '€ 12,50']), { decimalStyle: 'comma' }, [row({ kind: 'income' })]],
    [
      'kind column wins over the sign',
      table(['Date', 'Payee', 'Amount', 'Af Bij'], ['2026-03-01', 'Shop', '12.50', 'Af'], ['2026-03-02', 'Refund', '-3.00', 'CR'], ['2026-03-03', 'Other', '-1.00', 'TFR']),
      { kind: 3 },
      [row({}), row({ line: 3, date: '2026-03-02', kind: 'income', amountMinor: 300, payee: 'Refund' }), row({ line: 4, date: '2026-03-03', amountMinor: 100, payee: 'Other' })],
    ],
    [
      'debit and credit columns: whichever is filled, 0.00 on the other side ignored',
      table(['Date', 'Payee', 'Paid out', 'Paid in'], ['2026-03-01', 'Shop', '12.50', ''], ['2026-03-02', 'Employer', '0.00', '1,500.00'], ['2026-03-03', 'Bank', '-2.00', '']),
      { amount: undefined, debit: 2, credit: 3 },
      [row({}), row({ line: 3, date: '2026-03-02', kind: 'income', amountMinor: 150000, payee: 'Employer' }), row({ line: 4, date: '2026-03-03', amountMinor: 200, payee: 'Bank' })],
    ],
    [
      'currency column (any case), KWD with 3 decimals, JPY with none',
      table(['Date', 'Payee', 'Amount', 'Currency'], ['2026-03-01', 'Souq', '-1.234', 'kwd'], ['2026-03-02', 'Konbini', '-1,200', 'JPY'], ['2026-03-03', 'Shop', '-12.50', '']),
      { currency: 3 },
      [row({ currency: 'KWD', amountMinor: 1234, payee: 'Souq' }), row({ line: 3, date: '2026-03-02', currency: 'JPY', amountMinor: 1200, payee: 'Konbini' }), row({ line: 4, date: '2026-03-03' })],
    ],
    [
      'text cleaned: whitespace collapsed, limits applied, empty optional cells are null, account defaults',
      table(['Date', 'Payee', 'Amount', 'Category', 'Note', 'Account'], ['2026-03-01', `  Corner \n  Shop\u202e  `, '-12.50', 'c'.repeat(70), '  first line \r\n second line  ', '']),
      { category: 3, note: 4, account: 5 },
      [row({ payee: 'Corner Shop', category: 'c'.repeat(60), note: 'first line\nsecond line' })],
    ],
    [
      'long payee and note shortened without splitting an emoji',
      table(['Date', 'Payee', 'Amount', 'Note'], ['2026-03-01', `${'p'.repeat(199)}😀`, '-12.50', 'n'.repeat(1200)]),
      { note: 3 },
      [row({ payee: 'p'.repeat(199), note: 'n'.repeat(1000) })],
    ],
    [
      'formula-like payees kept as text',
      table(['Date', 'Payee', 'Amount'], ['2026-03-01', '=HYPERLINK("http://evil")', '-12.50'], ['2026-03-02', '@SUM(A1)', '-12.50']),
      {},
      [row({ payee: '=HYPERLINK("http://evil")' }), row({ line: 3, date: '2026-03-02', payee: '@SUM(A1)' })],
    ],
    [
      'a row without a file line number counts from line 2',
      table(['Date', 'Payee', 'Amount'], ['2026-03-01', 'Shop', '-12.50'], ['2026-03-01', 'Shop', '-12.50']),
      {},
      [row({}), row({ line: 3 })],
    ],
  ])('%s', (_name, input, mappingChanges, expected) => {
    const result = mapRows(input, { ...base, ...mappingChanges }, defaults);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual(expected);
  });

  it.each<[string, string[], Partial<ImportMapping>, Array<Pick<ImportRowError, 'column' | 'code'>>]>([
    ['31/02 is not a date', ['31/02/2026', 'Shop', '-1.00'], { dateFormat: 'DD/MM/YYYY' }, [{ column: 'Date', code: 'date' }]],
    ['empty date', ['', 'Shop', '-1.00'], {}, [{ column: 'Date', code: 'date' }]],
    ['1e5 is not an amount', ['2026-03-01', 'Shop', '1e5'], {}, [{ column: 'Amount', code: 'amount' }]],
    ['empty amount', ['2026-03-01', 'Shop', ''], {}, [{ column: 'Amount', code: 'amount' }]],
    ['JPY with decimals', ['2026-03-01', 'Shop', '-12.50', 'JPY'], { currency: 3 }, [{ column: 'Amount', code: 'too_many_decimals' }]],
    ['EUR with three decimals', ['2026-03-01', 'Shop', '-12.505'], {}, [{ column: 'Amount', code: 'too_many_decimals' }]],
    ['beyond the safe integer range', ['2026-03-01', 'Shop', '9007199254740993', 'JPY'], { currency: 3 }, [{ column: 'Amount', code: 'too_large' }]],
    ['zero', ['2026-03-01', 'Shop', '0.00'], {}, [{ column: 'Amount', code: 'zero' }]],
    ['unknown currency skips the amount check', ['2026-03-01', 'Shop', '-1.2345', 'XAU'], { currency: 3 }, [{ column: 'Currency', code: 'currency' }]],
    ['empty payee', ['2026-03-01', '  \u202e ', '-1.00'], {}, [{ column: 'Payee', code: 'payee' }]],
    ['every problem in a row is reported', ['2026-13-01', '', 'abc'], {}, [{ column: 'Date', code: 'date' }, { column: 'Amount', code: 'amount' }, { column: 'Payee', code: 'payee' }]],
    ['debit and credit both empty', ['2026-03-01', 'Shop', '', ''], { amount: undefined, debit: 2, credit: 3 }, [{ column: 'Amount', code: 'amount' }]],
    ['debit and credit both filled', ['2026-03-01', 'Shop', '1.00', '2.00'], { amount: undefined, debit: 2, credit: 3 }, [{ column: 'Amount', code: 'amount' }]],
  ])('reports %s', (_name, cells, mappingChanges, expected) => {
    const headers = ['Date', 'Payee', 'Amount', 'Currency'].slice(0, cells.length);
    const result = mapRows({ headers, rows: [cells], rowLines: [7] }, { ...base, ...mappingChanges }, defaults);
    expect(result.rows).toEqual([]);
    expect(result.errors.map(({ column, code }) => ({ column, code }))).toEqual(expected);
    for (const error of result.errors) {
      expect(error.line).toBe(7);
      expect(error.message.length).toBeGreaterThan(0);
    }
  });

  it.each<[string, Partial<ImportMapping>, { currency: string; account: string }, string]>([
    ['a column past the end', { payee: 9 }, defaults, 'mapping.payee'],
    ['a negative column', { date: -1 }, defaults, 'mapping.date'],
    ['a fractional column', { date: 0.5 }, defaults, 'mapping.date'],
    ['one column twice', { payee: 0 }, defaults, 'mapping.payee'],
    ['no amount at all', { amount: undefined }, defaults, 'mapping.amount'],
    ['debit and credit on one column', { amount: undefined, debit: 2, credit: 2 }, defaults, 'mapping.credit'],
    ['amount together with debit/credit', { credit: 3 }, defaults, 'mapping.amount'],
    ['an unknown date format', { dateFormat: 'DD MMM YYYY' as never }, defaults, 'mapping.dateFormat'],
    ['an unknown decimal style', { decimalStyle: 'space' as never }, defaults, 'mapping.decimalStyle'],
    ['an invalid default currency', {}, { currency: 'XXX', account: 'Main' }, 'mapping.currency'],
    ['an empty default account', {}, { currency: 'EUR', account: '  ' }, 'mapping.account'],
  ])('refuses a mapping with %s', (_name, mappingChanges, rowDefaults, path) => {
    const input = table(['Date', 'Payee', 'Amount', 'Other'], ['2026-03-01', 'Shop', '1.00', '']);
    let caught: unknown;
    try {
      mapRows(input, { ...base, ...mappingChanges }, rowDefaults);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('VALIDATION_FAILED');
    expect((caught as AppError).details?.[0]?.path).toBe(path);
  });
});

describe('duplicateKey', () => {
  const shop = { date: '2026-03-01', amountMinor: 1250, kind: 'expense', currency: 'EUR', payee: 'Café Müller' };
  it.each<[string, Partial<typeof shop>, boolean]>([
    ['identical', {}, true],
    ['payee case and spacing differ', { payee: '  CAFÉ   müller ' }, true],
    ['payee decomposed accents (NFD)', { payee: 'Café Müller'.normalize('NFD') }, true],
    ['accents differ', { payee: 'Cafe Muller' }, false],
    ['another day', { date: '2026-03-02' }, false],
    ['another amount', { amountMinor: 1251 }, false],
    ['income instead of expense', { kind: 'income' }, false],
    ['another currency', { currency: 'USD' }, false],
  ])('%s → duplicate: %s', (_name, changes, duplicate) => {
    expect(duplicateKey({ ...shop, ...changes }) === duplicateKey(shop)).toBe(duplicate);
  });
});

describe('decode → parse → guess → map', () => {
  it('imports a Latin-1 semicolon statement with a quoted multi-line note', () => {
    const file = Buffer.concat([
      Buffer.from('Buchungstag;Beguenstigter/Zahlungspflichtiger;Verwendungszweck;Betrag;W', 'latin1'),
      Buffer.from('\u00e4hrung\r\n01.03.2026;Caf\u00e9 M\u00fcller;"Fr\u00fchst\u00fcck\r\nTisch 4";-1.234,56;EUR\r\n\r\n02.03.2026;Arbeitgeber;Gehalt;2.500,00;EUR\r\n', 'latin1'),
    ]);
    const { text, encoding } = decodeCsvFile(file);
    expect(encoding).toBe('latin1');
    const parsed = parseCsvTable(text);
    const mapping = guessMapping(parsed.headers, parsed.rows.slice(0, 50));
    expect(mapping).toEqual({ date: 0, payee: 1, note: 2, amount: 3, currency: 4, dateFormat: 'DD.MM.YYYY', decimalStyle: 'comma' });
    const result = mapRows(parsed, mapping, defaults);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      row({ payee: 'Café Müller', note: 'Frühstück\nTisch 4', amountMinor: 123456 }),
      row({ line: 5, date: '2026-03-02', kind: 'income', payee: 'Arbeitgeber', note: 'Gehalt', amountMinor: 250000 }),
    ]);
  });
});
