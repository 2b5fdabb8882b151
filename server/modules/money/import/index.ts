/** CSV bank-statement import: pure functions, no database or HTTP. Decode → parse → guess → map. */
export { decodeCsvFile, type CsvFileEncoding } from './decode.ts';
export { parseCsvTable, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, type CsvDelimiter, type CsvTable } from './parse-table.ts';
export { DATE_FORMATS, guessDateFormat, parseDate, type DateFormat } from './date-formats.ts';
export { guessDecimalStyle, guessMapping, type ImportMapping } from './guess-mapping.ts';
export {
  duplicateKey,
  mapRows,
  MAX_ACCOUNT_LENGTH,
  MAX_CATEGORY_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PAYEE_LENGTH,
  type ImportErrorCode,
  type ImportRow,
  type ImportRowError,
  type TransactionKind,
} from './map-rows.ts';
