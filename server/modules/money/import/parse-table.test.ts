import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/app-error.ts';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, parseCsvTable, type CsvTable } from './parse-table.ts';

function malformed(text: string): AppError {
  try {
    parseCsvTable(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected parseCsvTable to refuse the text');
}

describe('parseCsvTable', () => {
  it.each<[string, string, CsvTable]>([
    [
      'comma, CRLF, trimmed cells',
      'Date, Amount ,Payee\r\n2026-03-01, -12.50 , Shop \r\n',
      { delimiter: ',', headers: ['Date', 'Amount', 'Payee'], rows: [['2026-03-01', '-12.50', 'Shop']], rowLines: [2] },
    ],
    [
      'semicolon with 1.234,56 amounts',
      'Buchungstag;Betrag;Beschreibung\n01.03.2026;-1.234,56;Miete\n02.03.2026;2.500,00;Gehalt\n',
      {
        delimiter: ';',
        headers: ['Buchungstag', 'Betrag', 'Beschreibung'],
        rows: [['01.03.2026', '-1.234,56', 'Miete'], ['02.03.2026', '2.500,00', 'Gehalt']],
        rowLines: [2, 3],
      },
    ],
    [
      'tab-separated',
      'Date\tAmount\tPayee\n2026-03-01\t12.50\tCorner, Shop\n',
      { delimiter: '\t', headers: ['Date', 'Amount', 'Payee'], rows: [['2026-03-01', '12.50', 'Corner, Shop']], rowLines: [2] },
    ],
    [
      'quoted fields with commas, newlines and quotes; lines counted from where a row starts',
      'Date,Payee,Note\n2026-03-01,"Smith, J","line one\nline two"\n2026-03-02,"The ""Best"" Shop",x\n',
      {
        delimiter: ',',
        headers: ['Date', 'Payee', 'Note'],
        rows: [['2026-03-01', 'Smith, J', 'line one\nline two'], ['2026-03-02', 'The "Best" Shop', 'x']],
        rowLines: [2, 4],
      },
    ],
    [
      'CRLF file with CRLF inside a quoted field: later lines still counted right',
      'Date,Note\r\n2026-03-01,"a\r\nb"\r\n\r\n2026-03-02,"c\r\nd\r\ne"\r\n2026-03-03,f\r\n',
      {
        delimiter: ',',
        headers: ['Date', 'Note'],
        rows: [['2026-03-01', 'a\r\nb'], ['2026-03-02', 'c\r\nd\r\ne'], ['2026-03-03', 'f']],
        rowLines: [2, 5, 8],
      },
    ],
    [
      'blank lines and rows of empty cells skipped',
      '\nDate;Payee\n\n2026-03-01;Shop\n;\n   \n2026-03-02;Cafe\n',
      { delimiter: ';', headers: ['Date', 'Payee'], rows: [['2026-03-01', 'Shop'], ['2026-03-02', 'Cafe']], rowLines: [4, 7] },
    ],
    [
      'a delimiter inside a quoted header does not count',
      '"Date;Booked",Payee\n2026-03-01,Shop\n',
      { delimiter: ',', headers: ['Date;Booked', 'Payee'], rows: [['2026-03-01', 'Shop']], rowLines: [2] },
    ],
    [
      'a trailing delimiter on every line drops the empty last column',
      'Date;Payee;\n2026-03-01;Shop;\n',
      { delimiter: ';', headers: ['Date', 'Payee'], rows: [['2026-03-01', 'Shop']], rowLines: [2] },
    ],
    [
      'formula-like cells stay text',
      'Date,Payee\n2026-03-01,=HYPERLINK("http://x")\n2026-03-02,"@SUM(A1)"\n',
      { delimiter: ',', headers: ['Date', 'Payee'], rows: [['2026-03-01', '=HYPERLINK("http://x")'], ['2026-03-02', '@SUM(A1)']], rowLines: [2, 3] },
    ],
    [
      'a stray quote inside an unquoted field',
      'Item,Payee\n27" monitor,Shop\n',
      { delimiter: ',', headers: ['Item', 'Payee'], rows: [['27" monitor', 'Shop']], rowLines: [2] },
    ],
    [
      'old Mac CR line endings',
      'Date,Payee\r2026-03-01,Shop\r',
      { delimiter: ',', headers: ['Date', 'Payee'], rows: [['2026-03-01', 'Shop']], rowLines: [2] },
    ],
    [
      'a BOM left in the text',
      '\ufeffDate,Payee\n2026-03-01,Shop\n',
      { delimiter: ',', headers: ['Date', 'Payee'], rows: [['2026-03-01', 'Shop']], rowLines: [2] },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseCsvTable(text)).toEqual(expected);
  });

  it.each<[string, string, string, RegExp]>([
    ['unbalanced quote', 'Date,Payee\n2026-03-01,Shop\n2026-03-02,"Cafe\n2026-03-03,Bar\n', 'line 3', /never closed/],
    ['text after a closing quote', 'Date,Payee\n2026-03-01,"Shop"x\n', 'line 2', /after a closing double quote/],
    ['ragged row (too few)', 'Date,Amount,Payee\n2026-03-01,1,Shop\n2026-03-02,2\n', 'line 3', /number of fields/],
    ['ragged row after a CRLF inside quotes', 'Date,Payee\r\n2026-03-01,"a\r\nb"\r\n2026-03-02\r\n', 'line 4', /number of fields/],
    ['ragged row (too many)', 'Date,Amount,Payee\n2026-03-01,1,Shop,extra\n', 'line 2', /number of fields/],
    ['header only', 'Date,Amount,Payee\n', 'line 1', /no rows/],
    ['empty text', '', 'line 1', /empty/],
    ['only blank lines', '\n \n\n', 'line 1', /empty/],
    ['empty header name', 'Date,,Payee\n2026-03-01,1,Shop\n', 'line 1', /column 2 has no name/],
    ['duplicate header names (any case)', 'Date,Payee,payee\n2026-03-01,a,b\n', 'line 1', /both called/],
    ['too many columns', `${Array.from({ length: MAX_IMPORT_COLUMNS + 1 }, (_, i) => `c${i}`).join(',')}\n`, 'line 1', /columns/],
    ['a million delimiters in the header', `${','.repeat(1_000_000)}\n`, 'line 1', /columns/],
    ['one endless quoted field', `Date,Payee\n2026-03-01,"${'x'.repeat(70_000)}`, 'line 2', /never closed/],
  ])('refuses %s with CSV_MALFORMED at %s', (_name, text, path, message) => {
    const error = malformed(text);
    expect(error.code).toBe('CSV_MALFORMED');
    expect(error.status).toBe(400);
    expect(error.details).toEqual([{ path, message: expect.stringMatching(message) as unknown as string }]);
    expect(error.message).toMatch(new RegExp(`^L${path.slice(1)}: `));
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, () => {
    const text = `Date,Payee\n${'2026-03-01,Shop\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const error = malformed(text);
    expect(error.code).toBe('CSV_MALFORMED');
    expect(error.details?.[0]?.path).toBe(`line ${MAX_IMPORT_ROWS + 2}`);
    expect(parseCsvTable(`Date,Payee\n${'2026-03-01,Shop\n'.repeat(MAX_IMPORT_ROWS)}`).rows).toHaveLength(MAX_IMPORT_ROWS);
  });

  it('never throws anything but AppError on hostile input', () => {
    const pieces = ['"', ',', ';', '\t', '\n', '\r', 'a', ' ', '""', '\u0000', '\ufeff', '\u2028'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 500; round += 1) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      try {
        parseCsvTable(text);
      } catch (error) {
        expect(error, JSON.stringify(text)).toBeInstanceOf(AppError);
      }
    }
  });
});
