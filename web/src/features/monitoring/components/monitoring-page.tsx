import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import {
  type PeriodKey,
  type PublishedDose,
  type SuppressedIndicators,
  percentOf,
  periodRange,
  publishDose,
  unsuppressedView,
} from '@domain';
import { useCallableErrorText } from '@/lib/callable-error';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useFreezeReport, useMonitoringFigures, useReports } from '../api/monitoring';
import { periodOptions } from '../lib/periods';
import { useMonitoringLabels } from '../lib/use-labels';
import { DoseChart } from './dose-chart';
import { IndicatorTable } from './indicator-table';
import './monitoring.css';
import { PeriodPicker } from './period-picker';
import { PrintableReport } from './printable-report';
import { ReportsList } from './reports-list';
import { RowsTable } from './rows-table';
import { usePrintReport } from './use-print-report';

/** Share of red pupils with no help started, or null when hidden or none. */
export function redShare(s: SuppressedIndicators): number | null {
  const { pupils, noHelpStarted } = s.red;
  return typeof pupils === 'number' && typeof noHelpStarted === 'number'
    ? percentOf(noHelpStarted, pupils)
    : null;
}

/**
 * /monitoraggio: the programme's indicators of a school (head: exact) or of an Ambito
 * (coordinator: totals and schools, suppressed), per period; freeze, frozen reports with the
 * later corrections, CSV, print, and what help changed.
 */
export function MonitoringPage({
  scope,
  scopeId,
}: {
  scope: 'school' | 'district';
  scopeId: string;
}) {
  const { t } = useTranslation('monitoring');
  const language = useLanguage();
  const labels = useMonitoringLabels();
  const errorText = useCallableErrorText();
  const options = useMemo(() => periodOptions(new Date()), []);
  const [period, setPeriod] = useState<PeriodKey>(options[1]!);
  const figures = useMonitoringFigures(scope, scopeId, period);
  const reports = useReports(scope, scopeId);
  const freeze = useFreezeReport(scope, scopeId);
  const { printing, print } = usePrintReport();
  const doc = figures.data ?? null;
  const totals: SuppressedIndicators | null = !doc
    ? null
    : doc.kind === 'school'
      ? unsuppressedView(doc.indicators)
      : doc.totals;
  const dose: PublishedDose | null = !doc
    ? null
    : doc.kind === 'school'
      ? publishDose(doc.dose, false)
      : doc.dose;
  const frozen = reports.data?.find((r) => r.period === period) ?? null;
  const scopeName = !doc
    ? ''
    : doc.kind === 'school'
      ? doc.schoolName
      : doc.kind === 'district'
        ? doc.districtName
        : doc.regionId;
  const share = totals ? redShare(totals) : null;
  const isYear = periodRange(period).kind === 'schoolYear';

  return (
    <>
      <div className="monitoring-screen">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        {scope === 'district' && <p className="small">{t('suppressedNote')}</p>}
        <PeriodPicker value={period} options={options} onChange={setPeriod} />
        {figures.isPending ? (
          <p role="status">{t('loading')}</p>
        ) : !doc || !totals ? (
          <p>{t('noData')}</p>
        ) : (
          <>
            <p className="small">
              {t('computedAt', { date: formatDate(doc.computedAt, language) })}
            </p>
            <IndicatorTable
              caption={t('table.caption', { scope: scopeName, period: labels.period(period) })}
              indicators={totals}
              fileName={`monitoraggio-${scopeId}-${period}`}
            />
            <p>{t('redShare', { share: share === null ? t('dose.hidden') : `${share}%` })}</p>
            {doc.kind === 'district' && (
              <RowsTable
                caption={t('table.schoolsCaption', { period: labels.period(period) })}
                nameHeader={t('table.school')}
                rows={doc.schools}
                fileName={`monitoraggio-${scopeId}-${period}-scuole`}
              />
            )}
          </>
        )}

        <section className="card shadow-sm p-3 mb-4 d-print-none" aria-labelledby="freeze-title">
          <h2 id="freeze-title" className="h4">
            {t('reports.title')}
          </h2>
          <p className="small">{t('freeze.hint')}</p>
          {frozen ? (
            <p role="status">
              {t('freeze.already', { date: formatDate(frozen.frozenAt, language) })}
            </p>
          ) : (
            <button
              type="button"
              className="btn btn-primary mb-3"
              disabled={freeze.isPending || !doc}
              onClick={() => freeze.mutate(period)}
            >
              {freeze.isPending ? t('freeze.busy') : t('freeze.button')}
            </button>
          )}
          {freeze.isError && (
            <div className="alert alert-danger" role="alert">
              {errorText(freeze.error)}
            </div>
          )}
          {reports.data && <ReportsList reports={reports.data} current={doc} onPrint={print} />}
        </section>

        {isYear && dose ? (
          <DoseChart
            dose={dose}
            caption={t('dose.caption', { period: labels.period(period) })}
            fileName={`monitoraggio-${scopeId}-${period}-aiuto`}
          />
        ) : (
          <section className="card shadow-sm p-3 mb-4">
            <h2 className="h4">{t('dose.title')}</h2>
            <p className="mb-0">{t('dose.onlyYear')}</p>
          </section>
        )}
      </div>
      <div className="monitoring-print-area">
        {printing && <PrintableReport report={printing} />}
      </div>
    </>
  );
}
