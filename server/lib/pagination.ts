import { z } from 'zod';
import { AppError } from './app-error.ts';

/** Every list is paginated: at most this many rows per page. */
export const maxPageSize = 100;

export const pageQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(50),
});

// The cursor is base64url, so the NUL guard on URLs cannot see inside it: refuse control characters here.
const cursorText = (max: number) => z.string().max(max).regex(/^[^\p{Cc}]*$/u);
const cursorSchema = z.object({ at: cursorText(40), id: cursorText(64) });
export type Cursor = z.infer<typeof cursorSchema>;

/** Keyset cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

const invalidCursor = () => new AppError('VALIDATION_FAILED', 'The page cursor is not valid.', { details: [{ path: 'query.cursor', message: 'invalid cursor' }] });

export function decodeCursor(value: string | undefined): Cursor | undefined {
  if (value === undefined) return undefined;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    throw invalidCursor();
  }
}

/**
 * The instant a time-ordered cursor points at. A hand-made cursor whose time is not a time is
 * refused like any other bad cursor (an Invalid Date would otherwise fail in the driver as a 500).
 */
export function cursorInstant(at: string): Date {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw invalidCursor();
  return instant;
}

/** Given limit+1 fetched rows, returns the page and the cursor of the next one. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
