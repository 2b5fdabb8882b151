import { sql, type RawBuilder } from 'kysely';

/**
 * `column LIKE %text%` for the literal text: % and _ in a search are characters, not wildcards.
 * The ESCAPE clause is explicit because SQLite has no default escape character. With
 * `ignoreCase`, both sides are lower-cased.
 */
export function likeContains(column: string, text: string, options: { ignoreCase?: boolean } = {}): RawBuilder<boolean> {
  const needle = options.ignoreCase ? text.toLowerCase() : text;
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const target = options.ignoreCase ? sql`lower(${sql.ref(column)})` : sql.ref(column);
  return sql<boolean>`${target} like ${pattern} escape '\\'`;
}
