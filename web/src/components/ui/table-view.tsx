import type { ReactNode } from 'react';
import type { Column } from './columns';

/** What a table shows of a column (the CSV export belongs to the data table). */
export type ViewColumn<T> = Pick<Column<T>, 'key' | 'header' | 'cell' | 'numeric'>;

export type TableViewProps<T> = {
  /** Names the table (shown above it); a table without one is named by its section. */
  caption?: string;
  /** Bootstrap classes of the table and of its caption. */
  className?: string;
  captionClassName?: string | null;
  /** Whether the first column heads each row (`th scope="row"`), and that header's classes. */
  rowHeaders?: boolean;
  rowHeaderClassName?: string | null;
  columns: ViewColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  /** What a column's header shows (the data table's sort buttons); its text by default. */
  header?: (column: ViewColumn<T>) => ReactNode;
  /** The header's `aria-sort`, where the table is sorted by that column. */
  ariaSort?: (column: ViewColumn<T>) => 'ascending' | 'descending' | undefined;
};

/**
 * A captioned table of figures: the first column heads each row, numeric columns are right
 * aligned. The data table adds the CSV export and sorting on top of it.
 */
export function TableView<T>({
  caption,
  className = 'table table-sm',
  captionClassName = 'caption-top',
  rowHeaders = true,
  rowHeaderClassName = 'fw-normal',
  columns,
  rows,
  rowKey,
  rowClassName,
  header,
  ariaSort,
}: TableViewProps<T>) {
  return (
    <div className="table-responsive">
      <table className={className}>
        {caption !== undefined && (
          <caption className={captionClassName ?? undefined}>{caption}</caption>
        )}
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'text-end' : undefined}
                aria-sort={ariaSort?.(c)}
              >
                {header ? header(c) : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((c, i) =>
                i === 0 && rowHeaders ? (
                  <th key={c.key} scope="row" className={rowHeaderClassName ?? undefined}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'text-end' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The column that heads each row (its label). */
export function labelColumn<T>(key: string, header: string, cell: (row: T) => ReactNode) {
  return { key, header, cell } satisfies ViewColumn<T>;
}

/** A right-aligned column of figures. */
export function figureColumn<T>(key: string, header: string, cell: (row: T) => ReactNode) {
  return { key, header, cell, numeric: true } satisfies ViewColumn<T>;
}

/** A table's column headers, in order. */
export function ColumnHeaders({ headers }: { headers: readonly string[] }) {
  return (
    <thead>
      <tr>
        {headers.map((header, i) => (
          <th key={i} scope="col">
            {header}
          </th>
        ))}
      </tr>
    </thead>
  );
}
