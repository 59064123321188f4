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
import { currentLanguage } from '@/lib/i18n';
import { ratioFormatter } from '../lib/format';
import { CHART_COLORS, ChartBox, percentOf } from './chart-box';

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
          <Bar
            dataKey="sensitivity"
            name={t('bands.sensitivity')}
            fill={CHART_COLORS.primary}
            unit="%"
            isAnimationActive={false}
          />
          <Bar
            dataKey="falseAlarmRate"
            name={t('bands.falseAlarmRate')}
            fill={CHART_COLORS.warning}
            unit="%"
            isAnimationActive={false}
          />
        </BarChart>
      </ChartBox>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="caption-top">{t('baselines.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('baselines.rule')}</th>
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
                {t('bands.specificity')}
              </th>
              <th scope="col" className="text-end">
                {t('bands.precision')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, band }) => (
              <tr key={key}>
                <th scope="row" className="fw-normal">
                  {t(`baselines.rules.${key}`)}
                </th>
                {[
                  band.flaggedShare,
                  band.sensitivity,
                  band.falseAlarmRate,
                  band.specificity,
                  band.precision,
                ].map((value, i) => (
                  <td key={i} className="text-end">
                    {ratio(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
