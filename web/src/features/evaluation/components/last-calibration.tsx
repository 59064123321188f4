import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import type { LiveQueryResult } from '@/lib/live-query';
import { useLanguage } from '@/lib/i18n';
import type { SavedCalibration } from '../api/get-last-calibration';
import { countFormatter, ratioFormatter } from '../lib/format';

/** The thresholds the school saved last: who, when, the set and the figures it reached. */
export function LastCalibration({ result }: { result: LiveQueryResult<SavedCalibration | null> }) {
  const { t } = useTranslation('evaluation');
  const language = useLanguage();
  if (result.status === 'pending') return null;
  if (result.status === 'error') {
    return (
      <div className="alert alert-warning" role="alert">
        {t('lastCalibration.error')}
      </div>
    );
  }
  const calibration = result.data;
  if (!calibration) return <p>{t('lastCalibration.none')}</p>;
  const ratio = ratioFormatter(language);
  const count = countFormatter(language);
  const mark = new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  const when = new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(calibration.at);
  const { thresholds: th, figures } = calibration;
  const items: [string, string][] = [
    [t('lastCalibration.by'), calibration.byName],
    [t('lastCalibration.at'), when],
    [
      t('lastCalibration.thresholds'),
      t('lastCalibration.thresholdsValue', {
        amber: mark.format(th.meanMarkAmber),
        red: mark.format(th.meanMarkRed),
        absence: count(th.absenceRedProjectedPct),
      }),
    ],
    [
      t('lastCalibration.file'),
      t('lastCalibration.fileValue', {
        pupils: count(figures.pupils),
        failures: count(figures.failures),
      }),
    ],
    [t('bands.flaggedShare'), ratio(figures.flaggedShare)],
    [t('bands.sensitivity'), ratio(figures.sensitivity)],
    [t('bands.specificity'), ratio(figures.specificity)],
    [t('calibration.redPrecision'), ratio(figures.redPrecision)],
    [t('calibration.greenFailureRate'), ratio(figures.greenFailureRate)],
  ];
  return (
    <section className="card card-bg p-3 mb-4" aria-label={t('lastCalibration.title')}>
      <h3 className="h5">{t('lastCalibration.title')}</h3>
      <dl className="row mb-0">
        {items.map(([term, value]) => (
          <div className="col-12 d-flex gap-2" key={term}>
            <dt>{term}:</dt>
            <dd className="mb-1">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
