import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import { Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { riskLevelRank, type Language, type RiskLevel } from '@domain';
import { labelColumn, TableView } from '@/components/ui/table-view';
import { formatDate } from '@/lib/format';
import type { RiskHistoryEntryWithId } from '../api/get-risk-history';
import { flagTitle } from '../lib/labels';

type RiskTrendProps = {
  entries: RiskHistoryEntryWithId[];
  /** The current level, drawn up to the time of the last computation. */
  current: { level: RiskLevel; at: Date };
  language: Language;
};

/** Rows in the table alternative; the chart shows every change loaded. */
const TABLE_ROWS = 20;
type Entry = RiskHistoryEntryWithId;
const LEVEL_BY_RANK: RiskLevel[] = ['green', 'amber', 'red'];

/**
 * The level over time: a step chart (a level holds until the next change) hidden from
 * assistive technology, and a table with the same changes, reviews included.
 */
export function RiskTrend({ entries, current, language }: RiskTrendProps) {
  const { t } = useTranslation('risk');
  const headingId = useId();
  const levelName = (level: RiskLevel) => t(`levels.${level}`);

  const points = entries
    .filter((e) => e.cause === 'recompute')
    .map((e) => ({ at: e.at.getTime(), rank: riskLevelRank(e.level) }));
  const last = points.at(-1);
  if (last && current.at.getTime() > last.at) {
    points.push({ at: current.at.getTime(), rank: riskLevelRank(current.level) });
  }
  const rows = entries.slice(-TABLE_ROWS).reverse();

  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="h5">
        {t('trend.title')}
      </h3>
      {entries.length === 0 ? (
        <p>{t('trend.empty')}</p>
      ) : (
        <>
          <p className="visually-hidden">{t('trend.chartDescription')}</p>
          {points.length > 1 && (
            <div aria-hidden="true" className="mb-3">
              <ResponsiveContainer
                width="100%"
                height={160}
                initialDimension={{ width: 600, height: 160 }}
              >
                <LineChart data={points} accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
                  <XAxis
                    dataKey="at"
                    type="number"
                    scale="time"
                    domain={['dataMin', 'dataMax']}
                    tickFormatter={(value: number) => formatDate(new Date(value), language)}
                  />
                  <YAxis
                    domain={[0, 2]}
                    ticks={[0, 1, 2]}
                    width={64}
                    tickFormatter={(rank: number) => levelName(LEVEL_BY_RANK[rank] ?? 'green')}
                  />
                  <Line
                    type="stepAfter"
                    dataKey="rank"
                    stroke="#0066cc"
                    strokeWidth={2}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
          <TableView
            className="table table-sm small"
            caption={t('trend.caption')}
            captionClassName={null}
            rowHeaders={false}
            columns={[
              labelColumn('date', t('trend.date'), (entry: Entry) =>
                formatDate(entry.at, language),
              ),
              labelColumn('event', t('trend.event'), (entry: Entry) => t(`trend.${entry.cause}`)),
              labelColumn('level', t('trend.levelColumn'), (entry: Entry) =>
                levelName(entry.cause === 'review' ? entry.reviewedLevel : entry.level),
              ),
              labelColumn('details', t('trend.details'), (entry: Entry) =>
                entry.cause === 'recompute'
                  ? [
                      entry.previousLevel
                        ? t('trend.from', { level: levelName(entry.previousLevel) })
                        : null,
                      t('trend.flagsCount', { count: entry.flags.length }),
                    ]
                      .filter(Boolean)
                      .join('; ')
                  : t('trend.reviewDetails', {
                      flag: flagTitle(t, entry.code),
                      decision: t(`review.${entry.decision}`),
                      name: entry.byName,
                      reason: entry.reason,
                    }),
              ),
            ]}
            rows={rows}
            rowKey={(entry) => entry.id}
          />
        </>
      )}
    </section>
  );
}
