import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import { type PeriodKey, type PublishedDose, type ReportScope, periodRange } from '@domain';
import { useCallableErrorText } from '@/lib/callable-error';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { type MonitoringFigures, useFreezeReport, useReports } from '../api/monitoring';
import { periodOptions } from '../lib/periods';
import { useMonitoringLabels } from '../lib/use-labels';
import { CardSection } from './card-section';
import { DoseChart } from './dose-chart';
import './monitoring.css';
import { PeriodPicker } from './period-picker';
import { PrintableReport } from './printable-report';
import { ReportsList } from './reports-list';
import { usePrintReport } from './use-print-report';

/** The periods offered (recent first) and the one chosen: the last complete one at first. */
export function usePeriodChoice() {
  const options = useMemo(() => periodOptions(new Date()), []);
  const [period, setPeriod] = useState<PeriodKey>(options[1]!);
  return { options, period, setPeriod };
}

/** Figures being loaded, missing, or shown. */
export function FiguresState({
  pending,
  children,
}: {
  pending: boolean;
  /** What to show once loaded; null when there are no figures. */
  children: ReactNode | null;
}) {
  const { t } = useTranslation('monitoring');
  if (pending) return <p role="status">{t('loading')}</p>;
  if (children === null) return <p>{t('noData')}</p>;
  return <>{children}</>;
}

type Props = {
  title: string;
  /** The notes under the title: the small print on suppressed counts, when it applies. */
  suppressedNote: boolean;
  scope: ReportScope;
  scopeId: string;
  periods: ReturnType<typeof usePeriodChoice>;
  pending: boolean;
  /** The current figures of the scope and period (null when none). */
  current: MonitoringFigures | null;
  dose: PublishedDose | null;
  /** Whether the freeze section explains what freezing does. */
  freezeHint?: boolean;
  /** The figures of the period; null when there are none. */
  children: ReactNode | null;
};

/**
 * A scope's monitoring screen: title, period, the figures, the frozen reports (freeze, list,
 * print) and what help changed (a school year only); the print area holds the report printed.
 */
export function ScopeReport({
  title,
  suppressedNote,
  scope,
  scopeId,
  periods: { options, period, setPeriod },
  pending,
  current,
  dose,
  freezeHint = false,
  children,
}: Props) {
  const { t } = useTranslation('monitoring');
  const language = useLanguage();
  const labels = useMonitoringLabels();
  const errorText = useCallableErrorText();
  const reports = useReports(scope, scopeId);
  const freeze = useFreezeReport(scope, scopeId);
  const { printing, print } = usePrintReport();
  const frozen = reports.data?.find((r) => r.period === period) ?? null;
  const isYear = periodRange(period).kind === 'schoolYear';

  return (
    <>
      <div className="monitoring-screen">
        <h1>{title}</h1>
        <p>{t('intro')}</p>
        {suppressedNote && <p className="small">{t('suppressedNote')}</p>}
        <PeriodPicker value={period} options={options} onChange={setPeriod} />
        <FiguresState pending={pending}>
          {current && children !== null ? (
            <>
              <p className="small">
                {t('computedAt', { date: formatDate(current.computedAt, language) })}
              </p>
              {children}
            </>
          ) : null}
        </FiguresState>

        <CardSection id="freeze-title" screenOnly title={t('reports.title')}>
          {freezeHint && <p className="small">{t('freeze.hint')}</p>}
          {frozen ? (
            <p role="status">
              {t('freeze.already', { date: formatDate(frozen.frozenAt, language) })}
            </p>
          ) : (
            <button
              type="button"
              className="btn btn-primary mb-3"
              disabled={freeze.isPending || !current}
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
          {reports.data && <ReportsList reports={reports.data} current={current} onPrint={print} />}
        </CardSection>

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
