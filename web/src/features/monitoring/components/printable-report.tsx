import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import { type MonitoringReport, indicatorRows } from '@domain';
import { useMonitoringLabels } from '../lib/use-labels';
import { shownValue } from './indicator-table';

type Row = MonitoringReport['rows'][number];

/** The figures printed for each school or Ambito of a report, in order. */
const ROW_FIGURES = [
  { key: 'pupils', value: (row: Row) => row.indicators.pupils },
  { key: 'reached.any', value: (row: Row) => row.indicators.reached.any ?? null },
  { key: 'hours.l2', value: (row: Row) => row.indicators.hours.l2 ?? null },
  { key: 'l2Improved', value: (row: Row) => row.indicators.l2Improved },
] as const;

/**
 * A frozen report laid out for paper (Italian first, as the funder reads it): shown only when
 * printing (see monitoring.css), so the page prints the report and nothing else.
 */
export function PrintableReport({ report }: { report: MonitoringReport }) {
  const { t } = useTranslation('monitoring');
  const labels = useMonitoringLabels();
  return (
    <article className="monitoring-print">
      <h2>
        {t('print.heading', { scope: report.scopeName, period: labels.period(report.period) })}
      </h2>
      <p>{labels.frozenBy(report)}</p>
      <table className="table table-sm">
        <thead>
          <tr>
            <th scope="col">{t('table.indicator')}</th>
            <th scope="col" className="text-end">
              {t('table.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicatorRows(report.totals).map((r) => (
            <tr key={r.key}>
              <td>{labels.indicator(r.key)}</td>
              <td className="text-end">{shownValue(r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.rows.length > 0 && (
        <table className="table table-sm">
          <thead>
            <tr>
              <th scope="col">
                {report.scope === 'region' ? t('table.district') : t('table.school')}
              </th>
              {ROW_FIGURES.map((f) => (
                <th key={f.key} scope="col" className="text-end">
                  {labels.indicator(f.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                {ROW_FIGURES.map((f) => (
                  <td key={f.key} className="text-end">
                    {shownValue(f.value(row))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="small">{t('suppressedNote')}</p>
      <p className="small">{t('print.footer')}</p>
    </article>
  );
}
