import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import {
  EVALUATION_DIMENSIONS,
  EVALUATION_SEXES,
  type EvaluationDimension,
  type GroupFigures,
  L2_BANDS,
} from '@domain';
import { currentLanguage } from '@/lib/i18n';
import { countFormatter, ratioFormatter } from '../lib/format';

const LEVELS = ['green', 'amber', 'red'] as const;

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** The key of a group's label; a group the domain adds later shows its code. */
function groupKey(dimension: EvaluationDimension, group: string) {
  if (dimension === 'nai' && isOneOf(['nai', 'notNai'] as const, group))
    return `byGroup.groups.nai.${group}` as const;
  if (dimension === 'l2Band' && isOneOf(L2_BANDS, group))
    return `byGroup.groups.l2Band.${group}` as const;
  if (dimension === 'sex' && isOneOf(EVALUATION_SEXES, group))
    return `byGroup.groups.sex.${group}` as const;
  return null;
}

/**
 * The figures per group (NAI or not, L2 band, sex), as DOMAIN.md asks after the audited
 * systems: who is flagged, who is missed and how often a flag is wrong, for each group apart.
 */
export function GroupFiguresSection({ groups }: { groups: GroupFigures[] }) {
  const { t } = useTranslation('evaluation');
  const headingId = useId();
  const ratio = ratioFormatter(currentLanguage());
  const count = countFormatter(currentLanguage());
  return (
    <section className="mb-5" aria-labelledby={headingId}>
      <h3 className="h5" id={headingId}>
        {t('byGroup.title')}
      </h3>
      <p>{t('byGroup.intro')}</p>
      {EVALUATION_DIMENSIONS.map((dimension) => {
        const rows = groups.filter((g) => g.dimension === dimension);
        if (rows.length === 0) return null;
        const caption = t('byGroup.caption', { dimension: t(`byGroup.dimensions.${dimension}`) });
        return (
          <div className="table-responsive" key={dimension}>
            <table className="table table-sm">
              <caption className="caption-top">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('byGroup.group')}</th>
                  <th scope="col" className="text-end">
                    {t('levels.pupils')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('bands.flaggedShare')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('bands.sensitivity')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('bands.falseAlarmRate')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('bands.precision')}
                  </th>
                  {LEVELS.map((level) => (
                    <th scope="col" className="text-end" key={level}>
                      {t('byGroup.failureRate', { level: t(`levels.${level}`) })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ group, figures }) => {
                  const key = groupKey(dimension, group);
                  return (
                    <tr key={group}>
                      <th scope="row" className="fw-normal">
                        {key ? t(key) : group}
                      </th>
                      <td className="text-end">{count(figures.pupils)}</td>
                      <td className="text-end">{ratio(figures.redOrAmber.flaggedShare)}</td>
                      <td className="text-end">{ratio(figures.redOrAmber.sensitivity)}</td>
                      <td className="text-end">{ratio(figures.redOrAmber.falseAlarmRate)}</td>
                      <td className="text-end">{ratio(figures.redOrAmber.precision)}</td>
                      {LEVELS.map((level) => (
                        <td className="text-end" key={level}>
                          {ratio(figures.failureRateByLevel[level].failureRate)}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
