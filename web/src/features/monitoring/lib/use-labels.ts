import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import type { MonitoringReport, PeriodKey } from '@domain';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabelParts } from './periods';

/** Labels of periods, indicator rows and frozen reports, in the page's language. */
export function useMonitoringLabels() {
  const { t } = useTranslation('monitoring');
  const language = useLanguage();
  const period = (p: PeriodKey) => {
    const parts = periodLabelParts(p);
    return parts.kind === 'quarter'
      ? t('period.quarter', { q: parts.q, year: parts.year })
      : t('period.schoolYear', { year: parts.year });
  };
  const indicator = (key: string) => {
    if (key.startsWith('referrals.byStatus.')) {
      const value = key.slice('referrals.byStatus.'.length);
      return t('indicator.byStatus', {
        value: t(`referralStatus.${value}` as 'referralStatus.draft', { defaultValue: value }),
      });
    }
    if (key.startsWith('referrals.byOutcome.')) {
      const value = key.slice('referrals.byOutcome.'.length);
      return t('indicator.byOutcome', {
        value: t(`referralOutcome.${value}` as 'referralOutcome.gotHelp', { defaultValue: value }),
      });
    }
    return t(`indicator.${key}` as 'indicator.pupils', { defaultValue: key });
  };
  /** Who froze a report, when, and with which engine and aggregation versions. */
  const frozenBy = (report: MonitoringReport) =>
    t('reports.frozenBy', {
      date: formatDate(report.frozenAt, language),
      name: report.frozenByName,
      engine: report.engineVersion,
      aggregation: report.aggregationVersion,
    });
  return { period, indicator, frozenBy };
}
