import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import {
  type PublishedDose,
  type SuppressedIndicators,
  percentOf,
  publishDose,
  unsuppressedView,
} from '@domain';
import { useMonitoringFigures } from '../api/monitoring';
import { useMonitoringLabels } from '../lib/use-labels';
import { IndicatorTable } from './indicator-table';
import { RowsTable } from './rows-table';
import { ScopeReport, usePeriodChoice } from './scope-report';

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
  const labels = useMonitoringLabels();
  const periods = usePeriodChoice();
  const { period } = periods;
  const figures = useMonitoringFigures(scope, scopeId, period);
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
  const scopeName = !doc
    ? ''
    : doc.kind === 'school'
      ? doc.schoolName
      : doc.kind === 'district'
        ? doc.districtName
        : doc.regionId;
  const share = totals ? redShare(totals) : null;

  return (
    <ScopeReport
      title={t('title')}
      suppressedNote={scope === 'district'}
      scope={scope}
      scopeId={scopeId}
      periods={periods}
      pending={figures.isPending}
      current={doc}
      dose={dose}
      freezeHint
    >
      {doc && totals ? (
        <>
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
      ) : null}
    </ScopeReport>
  );
}
