import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/app-error.ts';
import { decodeCsvFile } from './decode.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

function refusal(input: Buffer): AppError {
  try {
    decodeCsvFile(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected decodeCsvFile to refuse the file');
}

describe('decodeCsvFile', () => {
  it.each<[string, Buffer, string, 'utf-8' | 'utf-8-bom' | 'latin1']>([
    ['plain UTF-8', bytes('Date,Payee\n2026-03-01,Café Müller\n'), 'Date,Payee\n2026-03-01,Café Müller\n', 'utf-8'],
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], 'Date,Payee\n'), 'Date,Payee\n', 'utf-8-bom'],
    ['Latin-1 "Café Müller"', bytes('Payee\nCaf', [0xe9], ' M', [0xfc], 'ller\n'), 'Payee\nCafé Müller\n', 'latin1'],
    ['Windows-1252 euro sign', bytes('Amount\n', [0x80], '12,50\n'), 'Amount\n€12,50\n', 'latin1'],
    ['BOM then Latin-1 bytes', bytes([0xef, 0xbb, 0xbf], 'Caf', [0xe9]), 'Café', 'latin1'],
    ['empty file', bytes(''), '', 'utf-8'],
    ['one stray control character (DOS end of file)', bytes('Date,Payee\n2026-03-01,Shop\n', [0x1a]), 'Date,Payee\n2026-03-01,Shop\n\u001a', 'utf-8'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeCsvFile(input)).toEqual({ text, encoding });
  });

  it.each<[string, Buffer, RegExp]>([
    ['a PNG renamed .csv', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), /PNG/],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), /JPEG/],
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), /PDF/],
    ['an .xlsx (ZIP)', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /spreadsheet/],
    ['an old .xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /xls/],
    ['gzip', bytes([0x1f, 0x8b, 0x08]), /gzip/],
    ['UTF-16 with a BOM', Buffer.from('\ufeffDate,Payee\n', 'utf16le'), /UTF-16/],
    ['UTF-16 without a BOM', Buffer.from('Date,Payee\n', 'utf16le'), /NUL/],
    ['NUL bytes in the middle', bytes('Date,Payee\n2026-03-01,Sh', [0x00], 'op\n'), /NUL/],
    ['many control characters', bytes('a', [0x01, 0x02, 0x03, 0x04, 0x05, 0x06], 'b'), /binary/],
  ])('refuses %s with CSV_NOT_TEXT', (_name, input, message) => {
    const error = refusal(input);
    expect(error.code).toBe('CSV_NOT_TEXT');
    expect(error.status).toBe(415);
    expect(error.message).toMatch(message);
  });
});
