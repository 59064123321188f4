import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import { type MonitoringReport, indicatorRows } from '@domain';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { useMonitoringLabels } from '../lib/use-labels';
import { shownValue } from './indicator-table';

/**
 * A frozen report laid out for paper (Italian first, as the funder reads it): shown only when
 * printing (see monitoring.css), so the page prints the report and nothing else.
 */
export function PrintableReport({ report }: { report: MonitoringReport }) {
  const { t } = useTranslation('monitoring');
  const language = useLanguage();
  const labels = useMonitoringLabels();
  return (
    <article className="monitoring-print">
      <h2>
        {t('print.heading', { scope: report.scopeName, period: labels.period(report.period) })}
      </h2>
      <p>
        {t('reports.frozenBy', {
          date: formatDate(report.frozenAt, language),
          name: report.frozenByName,
          engine: report.engineVersion,
          aggregation: report.aggregationVersion,
        })}
      </p>
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
              <th scope="col" className="text-end">
                {labels.indicator('pupils')}
              </th>
              <th scope="col" className="text-end">
                {labels.indicator('reached.any')}
              </th>
              <th scope="col" className="text-end">
                {labels.indicator('hours.l2')}
              </th>
              <th scope="col" className="text-end">
                {labels.indicator('l2Improved')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                <td className="text-end">{shownValue(row.indicators.pupils)}</td>
                <td className="text-end">{shownValue(row.indicators.reached.any ?? null)}</td>
                <td className="text-end">{shownValue(row.indicators.hours.l2 ?? null)}</td>
                <td className="text-end">{shownValue(row.indicators.l2Improved)}</td>
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
