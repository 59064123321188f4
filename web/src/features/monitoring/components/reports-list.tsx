import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import {
  type IndicatorDifference,
  type MonitoringReport,
  diffReport,
  reportFigures,
} from '@domain';
import { textColumn, type Column } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import type { MonitoringFigures } from '../api/monitoring';
import { useMonitoringLabels } from '../lib/use-labels';
import { shownValue } from './indicator-table';

/**
 * The frozen reports of a scope; each with the differences between its frozen figures and the
 * current ones of the same period (later corrections), when the current ones are loaded.
 */
export function ReportsList({
  reports,
  current,
  onPrint,
}: {
  reports: MonitoringReport[];
  /** Current figures of the period shown on the page. */
  current: MonitoringFigures | null;
  onPrint: (report: MonitoringReport) => void;
}) {
  const { t } = useTranslation('monitoring');
  const labels = useMonitoringLabels();
  if (reports.length === 0) return <p>{t('reports.empty')}</p>;
  const names = new Map(reports.flatMap((r) => r.rows.map((row) => [row.id, row.name] as const)));
  const label = (key: string) => {
    const [rowId, indicator] = key.includes(':') ? key.split(':') : [null, key];
    return rowId
      ? `${names.get(rowId) ?? rowId} – ${labels.indicator(indicator!)}`
      : labels.indicator(key);
  };
  const columns: Column<IndicatorDifference>[] = [
    textColumn('indicator', t('table.indicator'), (d) => label(d.key)),
    {
      key: 'frozen',
      header: t('reports.frozen'),
      cell: (d) => shownValue(d.frozen),
      csv: (d) => d.frozen ?? '',
      numeric: true,
    },
    {
      key: 'current',
      header: t('reports.current'),
      cell: (d) => shownValue(d.current),
      csv: (d) => d.current ?? '',
      numeric: true,
    },
    {
      key: 'delta',
      header: t('reports.delta'),
      cell: (d) => (d.delta === null ? '–' : `${d.delta > 0 ? '+' : ''}${d.delta}`),
      csv: (d) => d.delta ?? '',
      numeric: true,
    },
  ];
  return (
    <ul className="list-unstyled">
      {reports.map((report) => {
        const differences =
          current && current.period === report.period
            ? diffReport(report, reportFigures(current))
            : null;
        return (
          <li
            key={report.period}
            className="border rounded p-3 mb-3"
            data-testid={`report-${report.period}`}
          >
            <h3 className="h5">{labels.period(report.period)}</h3>
            <p className="small mb-2">{labels.frozenBy(report)}</p>
            <button
              type="button"
              className="btn btn-outline-primary btn-sm mb-2 d-print-none"
              onClick={() => onPrint(report)}
            >
              {t('reports.print')}
            </button>
            {differences &&
              (differences.length === 0 ? (
                <p className="mb-0">{t('reports.noChanges')}</p>
              ) : (
                <DataTable
                  caption={t('reports.changesCaption', { period: labels.period(report.period) })}
                  columns={columns}
                  rows={differences}
                  rowKey={(d) => d.key}
                  fileName={`${t('reports.csv')}-${report.period}-correzioni`}
                />
              ))}
          </li>
        );
      })}
    </ul>
  );
}
