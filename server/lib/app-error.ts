/**
 * The one list of error codes the API can return, with their HTTP status.
 * Codes are stable: clients branch on them, so never rename one.
 */
export const errorStatus = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  CSV_MALFORMED: 400,
  CSV_NOT_TEXT: 415,
  IMPORT_ROWS_INVALID: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  OVERLOADED: 503,
  NOT_READY: 503,
  REQUEST_TIMEOUT: 408,
} as const;

export type ErrorCode = keyof typeof errorStatus;

const defaultMessages: Record<ErrorCode, string> = {
  BAD_REQUEST: 'The request could not be understood.',
  VALIDATION_FAILED: 'Some fields are missing or invalid.',
  INVALID_JSON: 'The request body is not valid JSON.',
  UNAUTHENTICATED: 'Sign in to continue.',
  FORBIDDEN: 'You do not have permission to do that.',
  CSRF_REJECTED: 'This request did not come from Daybook itself. Reload the page and try again.',
  NOT_FOUND: 'Not found.',
  METHOD_NOT_ALLOWED: 'That method is not allowed here.',
  CONFLICT: 'That conflicts with the current state.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  CSV_MALFORMED: 'The file could not be read as CSV.',
  CSV_NOT_TEXT: 'The file is not a text file. Upload a CSV file.',
  IMPORT_ROWS_INVALID: 'Some rows could not be imported, so nothing was imported. Fix them and try again.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as application/json.',
  RATE_LIMITED: 'Too many requests. Please wait and try again.',
  INTERNAL: 'Something went wrong on our side. Please try again.',
  OVERLOADED: 'The server is busy. Please try again shortly.',
  NOT_READY: 'The service is not ready.',
  REQUEST_TIMEOUT: 'The request took too long to arrive.',
};

export interface ErrorDetail {
  path?: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { details?: ErrorDetail[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message ?? defaultMessages[code], { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorStatus[code];
    this.details = options.details;
    this.headers = options.headers;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function defaultMessage(code: ErrorCode): string {
  return defaultMessages[code];
}
