import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Extra classes for the column's cells and header (width, alignment). */
  className?: string;
  /** On phones each value has its column's name beside it; off for self-explanatory cells (actions). */
  phoneLabel?: boolean;
}

interface ResponsiveTableProps<Row> {
  /** Names the table for assistive technology; shown above it unless `captionHidden`. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/**
 * A data table on wider screens; on phones each row becomes a card of "label value" lines. The
 * first column heads each row. Explicit table roles keep the semantics that browsers drop when
 * table parts change their CSS display, and the header row stays for screen readers.
 */
export function ResponsiveTable<Row>({ caption, captionHidden = false, columns, rows, rowKey }: ResponsiveTableProps<Row>) {
  const [first, ...rest] = columns;
  if (!first) return null;
  const cellBase = 'align-top sm:px-3 sm:py-3.5 sm:first:pl-5 sm:last:pr-5';
  const label = (column: Column<Row>) =>
    column.phoneLabel === false ? null : (
      <span aria-hidden="true" className="w-32 shrink-0 pt-px text-sm font-medium text-ink-muted sm:hidden">
        {column.header}
      </span>
    );
  return (
    <table role="table" className="w-full border-separate border-spacing-0 text-left text-sm text-ink max-sm:block sm:rounded-3xl sm:border sm:border-line sm:bg-surface">
      <caption className={captionHidden ? 'sr-only' : 'mb-3 text-left text-sm text-ink-muted max-sm:block'}>{caption}</caption>
      <thead role="rowgroup" className="max-sm:sr-only">
        <tr role="row">
          {columns.map((column) => (
            <th
              key={column.key}
              role="columnheader"
              scope="col"
              className={`border-b border-line px-3 py-3 text-xs font-semibold tracking-wide text-ink-muted uppercase first:pl-5 last:pr-5 ${column.className ?? ''}`}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="max-sm:block max-sm:space-y-3">
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            role="row"
            className="max-sm:block max-sm:rounded-2xl max-sm:border max-sm:border-line max-sm:bg-surface max-sm:p-4 sm:[&:not(:last-child)>*]:border-b sm:[&>*]:border-line"
          >
            <th role="rowheader" scope="row" className={`${cellBase} font-normal max-sm:block max-sm:pb-2 ${first.className ?? ''}`}>
              {first.cell(row)}
            </th>
            {rest.map((column) => (
              <td key={column.key} role="cell" className={`${cellBase} max-sm:flex max-sm:items-start max-sm:gap-3 max-sm:py-1.5 ${column.className ?? ''}`}>
                {label(column)}
                <div className="min-w-0 flex-1">{column.cell(row)}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
