import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/records/locales';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CEFR_LEVELS, L2_SKILLS, cefrLabel } from '@domain';
import type { StoredRecordByKind } from '@/lib/collections';
import { formatDate } from '@/lib/format';
import { l2Series, levelOfRank } from '../lib/summaries';

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies; each line
// also has its own dash pattern so the chart does not rely on colour alone.
const SKILL_STYLE = {
  ascolto: { color: '#0072B2', dash: undefined },
  lettura: { color: '#D55E00', dash: '6 3' },
  parlato: { color: '#009E73', dash: '2 2' },
  interazione: { color: '#CC79A7', dash: '8 3 2 3' },
  scrittura: { color: '#000000', dash: '12 4' },
} as const;

const rankLabel = (rank: number) => {
  const level = levelOfRank(rank);
  return level ? cefrLabel(level) : '';
};

/** Per-skill CEFR levels over time: a small line chart, with the same data as a table. */
export function L2Progress({
  assessments,
}: {
  assessments: StoredRecordByKind['l2Assessments'][];
}) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const series = l2Series(assessments);
  if (series.length === 0) return <p>{t('l2.empty')}</p>;

  const data = series.map((point) => ({ ...point, label: formatDate(point.date, language) }));

  return (
    <figure className="mb-0">
      <div role="img" aria-label={t('l2.chartLabel')} style={{ width: '100%', maxWidth: 720 }}>
        <LineChart
          responsive
          style={{ width: '100%', height: 280 }}
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis
            domain={[0, CEFR_LEVELS.length - 1]}
            ticks={CEFR_LEVELS.map((_, i) => i)}
            tickFormatter={rankLabel}
            width={48}
            allowDecimals={false}
          />
          <Tooltip formatter={(value) => rankLabel(Number(value))} />
          {/* Legend text in the body colour: the series colours are too light for text. */}
          <Legend
            formatter={(value: string) => <span style={{ color: '#1a1a1a' }}>{value}</span>}
          />
          {L2_SKILLS.map((skill) => (
            <Line
              key={skill}
              type="monotone"
              dataKey={skill}
              name={t(`options.skill.${skill}`)}
              stroke={SKILL_STYLE[skill].color}
              strokeDasharray={SKILL_STYLE[skill].dash}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <details className="mt-2">
        <summary>{t('l2.tableToggle')}</summary>
        <div className="table-responsive">
          <table className="table table-sm">
            <caption>{t('l2.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('l2.colDate')}</th>
                <th scope="col">{t('l2.colDomain')}</th>
                {L2_SKILLS.map((skill) => (
                  <th key={skill} scope="col">
                    {t(`options.skill.${skill}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((point, i) => (
                <tr key={i}>
                  <th scope="row">{point.label}</th>
                  <td>{t(`options.domain.${point.domain}`)}</td>
                  {L2_SKILLS.map((skill) => (
                    <td key={skill}>{rankLabel(point[skill])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
