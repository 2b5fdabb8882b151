/**
 * Turns an uploaded file's bytes into text. Banks export UTF-8 (often with a BOM, which Excel
 * needs) or Windows-1252 from older systems; anything that is not text is refused with a message
 * that says what the file looks like, since the usual mistake is uploading the .xlsx or the PDF.
 */
import { isUtf8 } from 'node:buffer';
import { AppError } from '../../../lib/app-error.ts';

export type CsvFileEncoding = 'utf-8' | 'utf-8-bom' | 'latin1';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const binarySignatures: ReadonlyArray<{ bytes: number[]; message: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], message: 'This is a PNG image, not a CSV file.' },
  { bytes: [0xff, 0xd8, 0xff], message: 'This is a JPEG image, not a CSV file.' },
  { bytes: [0x47, 0x49, 0x46, 0x38], message: 'This is a GIF image, not a CSV file.' },
  { bytes: [0x25, 0x50, 0x44, 0x46], message: 'This is a PDF. Download the statement as CSV instead.' },
  // .xlsx, .ods and .numbers are ZIP archives; old .xls is an OLE compound file.
  { bytes: [0x50, 0x4b, 0x03, 0x04], message: 'This is a spreadsheet or ZIP file. Save it as CSV and upload that.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], message: 'This is an Excel .xls file. Save it as CSV and upload that.' },
  { bytes: [0x1f, 0x8b], message: 'This is a compressed (gzip) file. Unpack it and upload the CSV inside.' },
  { bytes: [0xff, 0xfe], message: 'This file is UTF-16 text. Save it as "CSV UTF-8" and upload that.' },
  { bytes: [0xfe, 0xff], message: 'This file is UTF-16 text. Save it as "CSV UTF-8" and upload that.' },
];

// A stray control character (a DOS end-of-file mark, a form feed) is tolerated; text never has many.
const MAX_CONTROL_CHARACTER_SHARE = 0.01;
const MIN_CONTROL_CHARACTERS_TO_REFUSE = 4;
const CONTROL_SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

function isControlByte(byte: number): boolean {
  // Tab, line feed and carriage return are text; the other C0 bytes and DEL are not.
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f;
}

function refuseBinary(bytes: Uint8Array): void {
  for (const { bytes: signature, message } of binarySignatures) {
    if (startsWith(bytes, signature)) throw new AppError('CSV_NOT_TEXT', message);
  }
  // A NUL never appears in UTF-8 or Windows-1252 text; it marks binary data or BOM-less UTF-16.
  if (bytes.indexOf(0) !== -1) {
    throw new AppError('CSV_NOT_TEXT', 'The file contains binary data (NUL bytes). If it is UTF-16 text, save it as "CSV UTF-8".');
  }
  // The start of the file is enough to tell text from binary, as file(1) does; later stray bytes
  // only end up in cells, where mapRows strips control characters anyway.
  const sampleLength = Math.min(bytes.length, CONTROL_SAMPLE_BYTES);
  let controlCount = 0;
  for (let index = 0; index < sampleLength; index += 1) {
    if (isControlByte(bytes[index] ?? 0)) controlCount += 1;
  }
  if (controlCount >= MIN_CONTROL_CHARACTERS_TO_REFUSE && controlCount > sampleLength * MAX_CONTROL_CHARACTER_SHARE) {
    throw new AppError('CSV_NOT_TEXT', 'The file contains binary data, not text. Upload a CSV file.');
  }
}

const windows1252 = new TextDecoder('windows-1252');

/**
 * Decodes a CSV upload. Valid UTF-8 stays UTF-8 (a BOM is stripped); anything else is read as
 * Windows-1252, the superset of Latin-1 that European bank exports use, since every byte sequence
 * is valid there. Throws AppError('CSV_NOT_TEXT') for files that are not text.
 */
export function decodeCsvFile(bytes: Buffer): { text: string; encoding: CsvFileEncoding } {
  const hasBom = startsWith(bytes, UTF8_BOM);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  refuseBinary(body);
  if (isUtf8(body)) return { text: body.toString('utf8'), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  return { text: windows1252.decode(body), encoding: 'latin1' };
}
