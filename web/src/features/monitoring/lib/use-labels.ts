import { useTranslation } from 'react-i18next';
import '@/features/monitoring/locales';
import type { PeriodKey } from '@domain';
import { periodLabelParts } from './periods';

/** Labels of periods and indicator rows, in the page's language. */
export function useMonitoringLabels() {
  const { t } = useTranslation('monitoring');
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
  return { period, indicator };
}
