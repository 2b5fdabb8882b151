/** Timestamps come back as ISO strings from SQLite and Date objects from PostgreSQL. */
export function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/**
 * The value to bind for a timestamp column: an ISO string on SQLite (what better-auth writes
 * there, so text comparisons stay correct) and a Date on PostgreSQL.
 */
export function timestampFor(dialect: 'sqlite' | 'postgres', date: Date): string | Date {
  return dialect === 'sqlite' ? date.toISOString() : date;
}
