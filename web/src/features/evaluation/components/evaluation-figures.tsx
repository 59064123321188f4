import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import type { EvaluationFigures } from '@domain';
import { figureColumn, labelColumn, TableView } from '@/components/ui/table-view';
import { currentLanguage } from '@/lib/i18n';
import { countFormatter, ratioFormatter } from '../lib/format';

const LEVELS = ['green', 'amber', 'red'] as const;
const BANDS = ['red', 'redOrAmber'] as const;
type Level = (typeof LEVELS)[number];
type Band = (typeof BANDS)[number];

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
  const bandColumns = [
    labelColumn('band', t('bands.band'), (band: Band) => t(`bands.${band}`)),
    figureColumn('flagged', t('bands.flagged'), (band: Band) => count(figures[band].flagged)),
    figureColumn('truePositives', t('bands.truePositives'), (band: Band) =>
      count(figures[band].truePositives),
    ),
    figureColumn('sensitivity', t('bands.sensitivity'), (band: Band) =>
      ratio(figures[band].sensitivity),
    ),
    figureColumn('specificity', t('bands.specificity'), (band: Band) =>
      ratio(figures[band].specificity),
    ),
    figureColumn('precision', t('bands.precision'), (band: Band) => ratio(figures[band].precision)),
  ];
  const levelColumns = [
    labelColumn('level', t('levels.level'), (level: Level) => t(`levels.${level}`)),
    figureColumn('pupils', t('levels.pupils'), (level: Level) =>
      count(figures.failureRateByLevel[level].pupils),
    ),
    figureColumn('failureRate', t('levels.failureRate'), (level: Level) =>
      ratio(figures.failureRateByLevel[level].failureRate),
    ),
  ];

  return (
    <section className="mb-5" aria-labelledby={headingId}>
      <h3 className="h5" id={headingId}>
        {title}
      </h3>
      <p>
        {t('groups.summary', { pupils: count(figures.pupils), failures: count(figures.failures) })}
      </p>
      <TableView
        caption={t('bands.caption', { group: title })}
        columns={bandColumns}
        rows={BANDS}
        rowKey={(band) => band}
      />
      <TableView
        caption={t('levels.caption', { group: title })}
        columns={levelColumns}
        rows={LEVELS}
        rowKey={(level) => level}
      />
    </section>
  );
}
