/**
 * Splits CSV text into a header and rows with csv-parse, within limits, turning every problem in
 * the file into AppError('CSV_MALFORMED') with the line to look at. The file is untrusted: nothing
 * in it may surface as any other kind of exception.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../../lib/app-error.ts';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  rows: string[][];
  /** For each row, the 1-based line in the file where it starts (the header is line 1 or later). */
  rowLines: number[];
}

export const MAX_IMPORT_ROWS = 100_000;
export const MAX_IMPORT_COLUMNS = 50;
// Far beyond any real statement line; stops an unclosed quote from swallowing the whole file.
const MAX_RECORD_CHARACTERS = 64 * 1024;

// On a tie, tab and semicolon win over comma: they rarely appear inside a header by accident.
const DELIMITER_PREFERENCE: readonly CsvDelimiter[] = ['\t', ';', ','];

function malformed(line: number, message: string): AppError {
  return new AppError('CSV_MALFORMED', `Line ${line}: ${message}`, { details: [{ path: `line ${line}`, message }] });
}

/** Counts candidate delimiters in the first non-blank line, ignoring anything inside quotes. */
function detectDelimiter(text: string): { delimiter: CsvDelimiter; columnCount: number } {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let sawContent = false;
  for (const character of text) {
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (character === '\n' || character === '\r')) {
      if (sawContent) break;
    } else if (!inQuotes && (character === ',' || character === ';' || character === '\t')) counts[character] += 1;
    if (character.trim() !== '') sawContent = true;
  }
  // sort is stable, so among equal counts the preference order stands.
  const best = [...DELIMITER_PREFERENCE].sort((a, b) => counts[b] - counts[a])[0] ?? ',';
  return counts[best] === 0 ? { delimiter: ',', columnCount: 1 } : { delimiter: best, columnCount: counts[best] + 1 };
}

function describeCsvError(error: CsvError, lastGoodLine: number, extraLinesCounted: number): AppError {
  const line = typeof error.lines === 'number' ? error.lines - extraLinesCounted : lastGoodLine + 1;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_MAX_RECORD_SIZE':
      // The parser notices at the end of the file; the quote opened in the record after the last good one.
      return malformed(lastGoodLine + 1, 'a quoted field starts here and is never closed. Check for a stray double quote (").');
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return malformed(line, 'this row has a different number of fields from the header. Text that contains the delimiter must be in double quotes.');
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return malformed(line, 'there is text after a closing double quote. Inside a quoted field, write a double quote as "".');
    default:
      return malformed(line, 'this line could not be read as CSV.');
  }
}

/** Line breaks inside a record's cells; CRLF counts as one, as in a text editor. */
function lineBreaksIn(record: readonly string[]): { lines: number; crlfPairs: number } {
  let lines = 0;
  let crlfPairs = 0;
  for (const cell of record) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    lines += cell.match(/\r\n|\r|\n/gu)?.length ?? 0;
    crlfPairs += cell.match(/\r\n/gu)?.length ?? 0;
  }
  return { lines, crlfPairs };
}

interface ParsedRecord {
  record: string[];
  line: number;
}

function readRecords(text: string, delimiter: CsvDelimiter): ParsedRecord[] {
  const records: ParsedRecord[] = [];
  let lastGoodLine = 0;
  // csv-parse (v7) counts a CRLF inside a quoted field as two lines, so its count runs ahead by
  // one for every such pair seen so far; parse-table.test.ts pins this down.
  let extraLinesCounted = 0;
  try {
    parse(text, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      // Lets a stray quote inside an unquoted field (5" screen) through; quoted fields stay strict.
      relax_quotes: true,
      max_record_size: MAX_RECORD_CHARACTERS,
      on_record: (record: string[], context: { lines: number }) => {
        const breaks = lineBreaksIn(record);
        extraLinesCounted += breaks.crlfPairs;
        const endLine = context.lines - extraLinesCounted;
        lastGoodLine = endLine;
        // Rows of empty cells (";;;;" left by spreadsheets) count as blank lines.
        if (record.every((cell) => cell.trim() === '')) return null;
        // The header is a record too, so this many already means the data rows are at the limit.
        if (records.length > MAX_IMPORT_ROWS) {
          throw malformed(endLine, `the file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows. Split it into smaller files.`);
        }
        records.push({ record: record.map((cell) => cell.trim()), line: endLine - breaks.lines });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof CsvError) throw describeCsvError(error, lastGoodLine, extraLinesCounted);
    throw malformed(lastGoodLine + 1, 'this line could not be read as CSV.');
  }
  return records;
}

/**
 * Splits CSV text into header names and rows of trimmed cells, detecting the delimiter (comma,
 * semicolon or tab) from the header line. Blank lines are skipped. Throws AppError('CSV_MALFORMED')
 * for unbalanced quotes, ragged rows, a missing or bad header, no data rows, or too many rows or columns.
 */
export function parseCsvTable(text: string): CsvTable {
  const { delimiter, columnCount } = detectDelimiter(text);
  // Checked before parsing so a hostile header of a million delimiters costs nothing.
  if (columnCount > MAX_IMPORT_COLUMNS) {
    throw malformed(1, `the header has ${columnCount} columns; at most ${MAX_IMPORT_COLUMNS} are supported.`);
  }
  const records = readRecords(text, delimiter);
  const [header, ...body] = records;
  if (!header) throw malformed(1, 'the file is empty. It needs a header line and at least one row.');

  let headers = header.record;
  let rows = body.map((entry) => entry.record);
  // Some banks end every line with the delimiter, which leaves an unnamed, empty last column.
  if (headers.length > 1 && headers.at(-1) === '' && rows.every((row) => row.at(-1) === '')) {
    headers = headers.slice(0, -1);
    rows = rows.map((row) => row.slice(0, -1));
  }
  if (headers.length > MAX_IMPORT_COLUMNS) {
    throw malformed(header.line, `the header has ${headers.length} columns; at most ${MAX_IMPORT_COLUMNS} are supported.`);
  }
  const seen = new Map<string, number>();
  for (const [index, name] of headers.entries()) {
    if (name === '') throw malformed(header.line, `column ${index + 1} has no name in the header.`);
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw malformed(header.line, `columns ${earlier + 1} and ${index + 1} are both called "${name}". Give each column its own name.`);
    }
    seen.set(key, index);
  }
  if (rows.length === 0) throw malformed(header.line, 'the file has a header but no rows of data.');
  return { delimiter, headers, rows, rowLines: body.map((entry) => entry.line) };
}
