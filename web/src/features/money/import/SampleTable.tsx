/** The first rows of the uploaded file as they are, so the person can match columns to fields. */
export function SampleTable({ headers, rows }: { headers: readonly string[]; rows: readonly string[][] }) {
  return (
    <div role="region" aria-labelledby="import-sample-caption" tabIndex={0} className="relative overflow-x-auto rounded-2xl border border-line bg-surface">
      <table className="w-full min-w-max text-left text-sm text-ink">
        <caption id="import-sample-caption" className="px-4 pt-3 pb-1 text-left text-sm text-ink-muted">
          The first {rows.length} rows of your file
        </caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className="border-b border-line px-3 py-2 text-xs font-semibold tracking-wide whitespace-nowrap text-ink-muted uppercase first:pl-4">
                {header || `Column ${index + 1}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="[&:not(:last-child)>td]:border-b [&>td]:border-line">
              {headers.map((_header, index) => (
                <td key={index} className="max-w-56 truncate px-3 py-2 whitespace-nowrap first:pl-4">
                  {row[index] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
