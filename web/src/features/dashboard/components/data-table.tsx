import { useTranslation } from 'react-i18next';
import type { Column } from '../lib/columns';
import { downloadCsv, toCsv } from '../lib/csv';

export type DataTableProps<T> = {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** File name of the export, without extension. */
  fileName: string;
  empty?: string;
};

/** A captioned table with an "Esporta CSV" button exporting exactly the rows shown. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  fileName,
  empty,
}: DataTableProps<T>) {
  const { t } = useTranslation('dashboard');
  const exportCsv = () =>
    downloadCsv(
      `${fileName}.csv`,
      toCsv(
        columns.map((c) => c.header),
        rows.map((r) => columns.map((c) => c.csv(r))),
      ),
    );
  return (
    <>
      <div className="d-flex justify-content-end mb-2 d-print-none">
        <button type="button" className="btn btn-outline-primary btn-xs" onClick={exportCsv}>
          {t('common.exportCsv')}
          <span className="visually-hidden">: {caption}</span>
        </button>
      </div>
      {rows.length === 0 && empty ? (
        <p>{empty}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption className="caption-top">{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? 'text-end' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c, i) =>
                    i === 0 ? (
                      <th key={c.key} scope="row" className="fw-normal">
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
      )}
    </>
  );
}
