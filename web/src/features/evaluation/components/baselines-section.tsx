import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import {
  BASELINE_RULES,
  type BandFigures,
  type BaselineRule,
  type EvaluationFigures,
} from '@domain';
import { figureColumn, labelColumn, TableView } from '@/components/ui/table-view';
import { currentLanguage } from '@/lib/i18n';
import { ratioFormatter } from '../lib/format';
import { CHART_COLORS, ChartBox, percentOf } from './chart-box';

const BAND_FIGURES = [
  'flaggedShare',
  'sensitivity',
  'falseAlarmRate',
  'specificity',
  'precision',
] as const;
type Row = ReturnType<typeof comparedRules>[number];

/** The engine's bands next to the single rules, in the order the table lists them. */
export function comparedRules(
  figures: EvaluationFigures,
): { key: 'engineRedOrAmber' | 'engineRed' | BaselineRule; band: BandFigures }[] {
  return [
    { key: 'engineRedOrAmber', band: figures.redOrAmber },
    { key: 'engineRed', band: figures.red },
    ...BASELINE_RULES.map((rule) => ({ key: rule, band: figures.baselines[rule] })),
  ];
}

/**
 * The engine against single rules on the same pupils (DOMAIN.md, "What a check on real outcomes
 * taught"): a chart of sensitivity against false alarms, and the table it stands for.
 */
export function BaselinesSection({ figures }: { figures: EvaluationFigures }) {
  const { t } = useTranslation('evaluation');
  const headingId = useId();
  const ratio = ratioFormatter(currentLanguage());
  const rows = comparedRules(figures);
  const data = rows.map(({ key, band }) => ({
    name: t(`baselines.rules.${key}`),
    sensitivity: percentOf(band.sensitivity),
    falseAlarmRate: percentOf(band.falseAlarmRate),
  }));
  return (
    <section className="mb-5" aria-labelledby={headingId}>
      <h3 className="h5" id={headingId}>
        {t('baselines.title')}
      </h3>
      <p>{t('baselines.intro')}</p>
      <ChartBox description={t('baselines.chartDescription')} height={300}>
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" height={70} />
          <YAxis type="number" domain={[0, 100]} unit="%" />
          <Tooltip />
          <Legend />
          {(
            [
              ['sensitivity', CHART_COLORS.primary],
              ['falseAlarmRate', CHART_COLORS.warning],
            ] as const
          ).map(([figure, fill]) => (
            <Bar
              key={figure}
              dataKey={figure}
              name={t(`bands.${figure}`)}
              fill={fill}
              unit="%"
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartBox>
      <TableView
        caption={t('baselines.caption')}
        columns={[
          labelColumn('rule', t('baselines.rule'), (row: Row) => t(`baselines.rules.${row.key}`)),
          ...BAND_FIGURES.map((figure) =>
            figureColumn(figure, t(`bands.${figure}`), (row: Row) => ratio(row.band[figure])),
          ),
        ]}
        rows={rows}
        rowKey={(row) => row.key}
      />
    </section>
  );
}
