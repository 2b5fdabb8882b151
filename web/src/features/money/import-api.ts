import { api, ApiError, csrfHeader, type ApiErrorDetail } from '../../lib/api-client.ts';
import { withQuery } from '../../lib/query-string.ts';
import type { Kind, Owner } from './money-types.ts';

// Mirrors the import part of server/modules/money/money.schemas.ts.
export const dateFormats = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD', 'DD-MM-YYYY', 'MM-DD-YYYY'] as const;
export type DateFormat = (typeof dateFormats)[number];
export type DecimalStyle = 'dot' | 'comma';

/** Which column (0-based) holds what. Either `amount` (signed), or `debit` and/or `credit`. */
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

export interface ImportOptions {
  mapping: ImportMapping;
  currency: string;
  account: string;
  /** Preview lines (1-based, the header is line 1) not to import. */
  skipLines: number[];
}

export interface ImportView {
  id: string;
  ownerId: string;
  fileName: string;
  status: 'uploaded' | 'committing' | 'done' | 'failed';
  encoding: string;
  delimiter: string;
  headers: string[];
  sample: string[][];
  rowCount: number;
  mapping: ImportMapping | null;
  processedRows: number;
  importedRows: number;
  error: string | null;
  createdAt: string;
}

export interface ImportRow {
  line: number;
  date: string;
  kind: Kind;
  amountMinor: number;
  amount: string;
  currency: string;
  payee: string;
  category: string | null;
  account: string;
  duplicate: 'none' | 'in_file' | 'existing';
}

export interface ImportPreview {
  rowCount: number;
  validRows: number;
  duplicates: number;
  errors: Array<{ line: number; column: string; code: string; message: string }>;
  rows: ImportRow[];
}

export const maxUploadBytes = 5 * 1024 * 1024;
const base = '/api/v1/money/imports';
const one = (id: string, owner: Owner, action = '') => withQuery(`${base}/${encodeURIComponent(id)}${action}`, { owner });

interface ErrorShape {
  error?: { code?: unknown; message?: unknown; requestId?: unknown; details?: unknown };
}

function uploadError(xhr: XMLHttpRequest): ApiError {
  let body: ErrorShape | undefined;
  try {
    body = JSON.parse(xhr.responseText) as ErrorShape;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = Array.isArray(error.details) ? (error.details as ApiErrorDetail[]) : [];
    return new ApiError(xhr.status, error.code, error.message, typeof error.requestId === 'string' ? error.requestId : undefined, details);
  }
  if (xhr.status === 413) return new ApiError(413, 'PAYLOAD_TOO_LARGE', 'The file is larger than 5 MiB.');
  return new ApiError(xhr.status, 'HTTP_ERROR', `The server answered ${xhr.status} ${xhr.statusText}.`.trim());
}

/**
 * Uploads a CSV file as multipart/form-data (field `file`). XMLHttpRequest rather than fetch,
 * because only it reports upload progress; it sends the same CSRF header as every other request.
 */
export function uploadCsv(owner: Owner, file: File, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<ImportView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(base, { owner }));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeader)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportView);
        } catch {
          reject(new ApiError(xhr.status, 'INVALID_RESPONSE', 'The server sent an answer Daybook could not read.'));
        }
      } else reject(uploadError(xhr));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'Could not reach Daybook. Check your connection and try again.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export const getImport = (owner: Owner, id: string, signal?: AbortSignal) => api.get<ImportView>(one(id, owner), signal ? { signal } : {});
export const previewImport = (owner: Owner, id: string, options: ImportOptions) => api.post<ImportPreview>(one(id, owner, '/preview'), options);
export const commitImport = (owner: Owner, id: string, options: ImportOptions) => api.post<ImportView>(one(id, owner, '/commit'), options);
export const cancelImport = (owner: Owner, id: string) => api.delete(one(id, owner));
