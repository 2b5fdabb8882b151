/**
 * A small typed fetch wrapper for Daybook's API. Sends and receives JSON with same-origin
 * credentials, and turns any failure into an ApiError carrying the server's error shape:
 * `{"error":{"code","message","requestId","details"?}}`.
 *
 * Every request carries `X-Requested-With: daybook`: the server refuses cookie-authenticated
 * state changes without it (CSRF), and a cross-site page cannot add it without a preflight.
 */

/** The CSRF header the server requires on state-changing requests; sent on all of them. */
export const csrfHeader = { 'x-requested-with': 'daybook' } as const;

export interface ApiErrorDetail {
  path?: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; requestId: string; details?: ApiErrorDetail[] };
}

export class ApiError extends Error {
  /** HTTP status, or 0 when the request never got an answer. */
  readonly status: number;
  /**
   * The server's stable error code (VALIDATION_FAILED, NOT_FOUND, ...), or one the client made up
   * when no usable answer arrived: NETWORK_ERROR, INVALID_RESPONSE or HTTP_ERROR.
   */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly details: ApiErrorDetail[];
  /** Seconds from the Retry-After header (429, 503), when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    requestId?: string,
    details: ApiErrorDetail[] = [],
    cause?: unknown,
    retryAfterSeconds?: number,
  ) {
    super(message, { cause });
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (!isRecord(value) || !isRecord(value.error)) return false;
  const { code, message } = value.error;
  return typeof code === 'string' && typeof message === 'string';
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Retry-After is either seconds or an HTTP date; answers whole seconds from now. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...csrfHeader };
  const init: RequestInit = { method: options.method ?? 'GET', credentials: 'same-origin', headers, signal: options.signal ?? null };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'Could not reach Daybook. Check your connection and try again.', undefined, [], error);
  }

  const data = await readJson(response);
  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    if (isErrorBody(data)) {
      const { code, message, requestId, details } = data.error;
      throw new ApiError(response.status, code, message, requestId, details ?? [], undefined, retryAfter);
    }
    const requestId = response.headers.get('x-request-id') ?? undefined;
    const message = `The server answered ${response.status} ${response.statusText}.`.trim();
    throw new ApiError(response.status, 'HTTP_ERROR', message, requestId, [], undefined, retryAfter);
  }
  if (data === undefined && response.status !== 204) {
    throw new ApiError(response.status, 'INVALID_RESPONSE', 'The server sent an answer Daybook could not read.');
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
