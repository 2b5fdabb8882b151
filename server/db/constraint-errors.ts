/** Driver errors for broken constraints, recognised the same way on SQLite and PostgreSQL. */

const codeOf = (error: Error) => (error as Error & { code?: unknown }).code;

/** SQLite says "UNIQUE constraint failed"; PostgreSQL uses SQLSTATE 23505. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (codeOf(error) === '23505' || /UNIQUE constraint failed/i.test(error.message));
}

/** SQLite says "FOREIGN KEY constraint failed"; PostgreSQL uses SQLSTATE 23503. */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Error && (codeOf(error) === '23503' || /FOREIGN KEY constraint failed/i.test(error.message));
}
