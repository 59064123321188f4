import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import type { BandFigures, EvaluationFigures } from '@domain';
import { currentLanguage } from '@/lib/i18n';
import { countFormatter, ratioFormatter } from '../lib/format';

const LEVELS = ['green', 'amber', 'red'] as const;
const BANDS = ['red', 'redOrAmber'] as const;

type EvaluationFiguresProps = {
  /** The group's title, also used in the captions so each table is named on its own. */
  title: string;
  figures: EvaluationFigures;
};

/** One group of pupils: the flags scored per band, then the failure rate observed per level. */
export function EvaluationFiguresSection({ title, figures }: EvaluationFiguresProps) {
  const { t } = useTranslation('evaluation');
  const headingId = useId();
  // useTranslation re-renders on a language switch, which reformats the figures.
  const ratio = ratioFormatter(currentLanguage());
  const count = countFormatter(currentLanguage());
  const bandCells = (band: BandFigures) => [
    count(band.flagged),
    count(band.truePositives),
    ratio(band.sensitivity),
    ratio(band.specificity),
    ratio(band.precision),
  ];

  return (
    <section className="mb-5" aria-labelledby={headingId}>
      <h3 className="h5" id={headingId}>
        {title}
      </h3>
      <p>
        {t('groups.summary', { pupils: count(figures.pupils), failures: count(figures.failures) })}
      </p>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="caption-top">{t('bands.caption', { group: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bands.band')}</th>
              <th scope="col" className="text-end">
                {t('bands.flagged')}
              </th>
              <th scope="col" className="text-end">
                {t('bands.truePositives')}
              </th>
              <th scope="col" className="text-end">
                {t('bands.sensitivity')}
              </th>
              <th scope="col" className="text-end">
                {t('bands.specificity')}
              </th>
              <th scope="col" className="text-end">
                {t('bands.precision')}
              </th>
            </tr>
          </thead>
          <tbody>
            {BANDS.map((band) => (
              <tr key={band}>
                <th scope="row" className="fw-normal">
                  {t(`bands.${band}`)}
                </th>
                {bandCells(figures[band]).map((cell, i) => (
                  <td key={i} className="text-end">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="caption-top">{t('levels.caption', { group: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('levels.level')}</th>
              <th scope="col" className="text-end">
                {t('levels.pupils')}
              </th>
              <th scope="col" className="text-end">
                {t('levels.failureRate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row" className="fw-normal">
                  {t(`levels.${level}`)}
                </th>
                <td className="text-end">{count(figures.failureRateByLevel[level].pupils)}</td>
                <td className="text-end">{ratio(figures.failureRateByLevel[level].failureRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
