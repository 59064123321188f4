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
import { figureColumn, labelColumn, TableView } from '@/components/ui/table-view';
import { currentLanguage } from '@/lib/i18n';
import { countFormatter, ratioFormatter } from '../lib/format';

const LEVELS = ['green', 'amber', 'red'] as const;
const BAND_FIGURES = ['flaggedShare', 'sensitivity', 'falseAlarmRate', 'precision'] as const;

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
          <TableView
            key={dimension}
            caption={caption}
            columns={[
              labelColumn('group', t('byGroup.group'), ({ group }: GroupFigures) => {
                const key = groupKey(dimension, group);
                return key ? t(key) : group;
              }),
              figureColumn('pupils', t('levels.pupils'), ({ figures }: GroupFigures) =>
                count(figures.pupils),
              ),
              ...BAND_FIGURES.map((figure) =>
                figureColumn(figure, t(`bands.${figure}`), ({ figures }: GroupFigures) =>
                  ratio(figures.redOrAmber[figure]),
                ),
              ),
              ...LEVELS.map((level) =>
                figureColumn(
                  `failureRate-${level}`,
                  t('byGroup.failureRate', { level: t(`levels.${level}`) }),
                  ({ figures }: GroupFigures) =>
                    ratio(figures.failureRateByLevel[level].failureRate),
                ),
              ),
            ]}
            rows={rows}
            rowKey={(row) => row.group}
          />
        );
      })}
    </section>
  );
}
