import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv } from '@/lib/csv';
import type { Column } from './columns';
import { TableView } from './table-view';

export type DataTableProps<T> = {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** File name of the export, without extension. */
  fileName: string;
  empty?: string;
  /** Lets people sort by any column (header buttons with `aria-sort`); rows keep their order until then. */
  sortable?: boolean;
};

type Sort = { key: string; direction: 'ascending' | 'descending' };

const collator = new Intl.Collator('it', { numeric: true, sensitivity: 'base' });

function compareCells(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A captioned table with an "Esporta CSV" button exporting exactly the rows shown, in the
 * order shown; optionally sortable by any column (by the value the CSV writes).
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  fileName,
  empty,
  sortable = false,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort | null>(null);
  const shown = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column) return rows;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compareCells(column.csv(a), column.csv(b)));
  }, [rows, columns, sort]);
  const exportCsv = () =>
    downloadCsv(
      `${fileName}.csv`,
      toCsv(
        columns.map((c) => c.header),
        shown.map((r) => columns.map((c) => c.csv(r))),
      ),
    );
  const toggle = (key: string) =>
    setSort((s) =>
      s?.key === key && s.direction === 'ascending'
        ? { key, direction: 'descending' }
        : { key, direction: 'ascending' },
    );
  return (
    <>
      <div className="d-flex justify-content-end mb-2 d-print-none">
        <button type="button" className="btn btn-outline-primary btn-xs" onClick={exportCsv}>
          {t('table.exportCsv')}
          <span className="visually-hidden">: {caption}</span>
        </button>
      </div>
      {rows.length === 0 && empty ? (
        <p>{empty}</p>
      ) : (
        <TableView
          caption={caption}
          columns={columns}
          rows={shown}
          rowKey={rowKey}
          ariaSort={(c) => (sortable && sort?.key === c.key ? sort.direction : undefined)}
          header={
            sortable
              ? (c) => (
                  <button
                    type="button"
                    className="btn btn-link p-0 fw-semibold text-decoration-none"
                    onClick={() => toggle(c.key)}
                    title={t('table.sortBy', { column: c.header })}
                  >
                    {c.header}
                    {sort?.key === c.key && (
                      <span aria-hidden="true">{sort.direction === 'ascending' ? ' ▲' : ' ▼'}</span>
                    )}
                  </button>
                )
              : undefined
          }
        />
      )}
    </>
  );
}
