import type { ReactNode } from "react";

/** A table of rows with a caption for screen readers, or `emptyText` when there are no rows. */
export function DataTable({
  caption,
  columns,
  rows,
  emptyText,
}: {
  caption: string;
  columns: string[];
  rows: ReactNode[];
  emptyText?: string;
}) {
  if (rows.length === 0 && emptyText) return <p>{emptyText}</p>;
  return (
    <table className="data-table card">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}
