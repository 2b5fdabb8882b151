import type { ReactNode } from 'react';

export interface ChartRow {
  key: string;
  cells: readonly string[];
}

interface ChartFrameProps {
  id: string;
  title: string;
  /** What the picture shows, in words: the image's accessible name. */
  summary: string;
  /** The drawing (inside an SVG of the given viewBox). */
  children: ReactNode;
  viewBox: string;
  /** The same data as a table, for screen readers. */
  columns: readonly string[];
  rows: readonly ChartRow[];
  /** A key under the chart, e.g. what the dashed line means. */
  legend?: ReactNode;
  /** The hidden table's caption; by default "<title>, by day". */
  caption?: string;
  /** The title's heading level where the chart sits under an h3 section. */
  headingLevel?: 3 | 4;
}

/** An SVG chart with a text summary and a visually hidden data table as its alternative. */
export function ChartFrame({ id, title, summary, children, viewBox, columns, rows, legend, caption, headingLevel = 3 }: ChartFrameProps) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-3xl border border-line bg-surface p-5 shadow-sm shadow-black/[0.03] sm:p-6 dark:shadow-none">
      <Heading id={`${id}-title`} className="font-semibold text-ink">
        {title}
      </Heading>
      <p className="mt-1 text-sm leading-relaxed text-ink-muted">{summary}</p>
      <svg role="img" aria-label={summary} viewBox={viewBox} className="mt-4 h-auto w-full overflow-visible">
        {children}
      </svg>
      {legend && <div className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink-muted">{legend}</div>}
      <table className="sr-only">
        <caption>{caption ?? `${title}, by day`}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (index === 0 ? <th key={index} scope="row">{cell}</th> : <td key={index}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
