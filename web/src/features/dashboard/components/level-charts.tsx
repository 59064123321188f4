/** The head's charts of risk levels: distribution, classes side by side, trend. */
import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { Link, useNavigate } from 'react-router';
import { type GroupStats, RISK_LEVELS, type RiskLevel, type SchoolStats } from '@domain';
import { type Column, countColumn, textColumn } from '@/components/ui/columns';
import { LEVEL_COLORS, SERIES_COLORS } from '../lib/colors';
import { type ClassRow, type DashboardFilters, trendLabel } from '../lib/filters';
import { FilterToggle } from './filter-toggle';
import { CHART_HEIGHT, type Series, SeriesChartFigure } from './series-chart-figure';

export type FilterProps = {
  filters: DashboardFilters;
  onFilter: (next: DashboardFilters) => void;
};

/** Levels shown: all three, or the one chosen in the filters. */
function shownLevels(filters: DashboardFilters): readonly RiskLevel[] {
  return filters.level === '' ? RISK_LEVELS : [filters.level];
}

/**
 * The levels shown, as one series each (a line, or bars stacked on `stack`) in the level's
 * colour, and as one table column each.
 */
function useLevelSeries<T extends Record<RiskLevel, number>>(
  filters: DashboardFilters,
  stack?: string,
): { series: Series<T>[]; columns: Column<T>[] } {
  const { t } = useTranslation('dashboard');
  const levels = shownLevels(filters);
  return {
    series: levels.map((level) => ({
      key: level,
      name: t(`levels.${level}`),
      color: LEVEL_COLORS[level],
      value: (r) => r[level],
      stack,
    })),
    columns: levels.map((level) => countColumn<T>(level, t(`levels.${level}`), (r) => r[level])),
  };
}

export function DistributionChart({
  totals,
  filters,
  onFilter,
}: FilterProps & { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = RISK_LEVELS.map((level) => ({
    level,
    label: t(`levels.${level}`),
    engine: totals.byLevel[level],
    reviewed: totals.byReviewedLevel[level],
  }));
  type Row = (typeof rows)[number];
  const choose = (level: RiskLevel) =>
    onFilter({ ...filters, level: filters.level === level ? '' : level });
  return (
    <SeriesChartFigure
      title={t('distribution.title')}
      hint={t('distribution.hint')}
      fileName="distribuzione-rischio"
      rows={rows}
      rowKey={(r) => r.level}
      category={(r) => r.label}
      series={[
        {
          key: 'engine',
          name: t('distribution.engine'),
          color: SERIES_COLORS[1],
          value: (r) => r.engine,
        },
        {
          key: 'reviewed',
          name: t('distribution.reviewed'),
          color: SERIES_COLORS[0],
          value: (r) => r.reviewed,
        },
      ]}
      onSelect={(r) => choose(r.level)}
      columns={[
        {
          key: 'level',
          header: t('distribution.level'),
          cell: (r) => (
            <FilterToggle
              label={r.label}
              action={t('distribution.filterBy', { level: r.label })}
              pressed={filters.level === r.level}
              onToggle={() => choose(r.level)}
            />
          ),
          csv: (r) => r.label,
        },
        countColumn<Row>('engine', t('distribution.engine'), (r) => r.engine),
        countColumn<Row>('reviewed', t('distribution.reviewed'), (r) => r.reviewed),
      ]}
    />
  );
}

export function ClassBarsChart({
  classes,
  filters,
}: {
  classes: ClassRow[];
  filters: DashboardFilters;
}) {
  const { t } = useTranslation('dashboard');
  const navigate = useNavigate();
  const rows = classes.map((c) => ({
    classId: c.classId,
    name: c.className,
    pupils: c.stats.pupils,
    green: c.stats.byReviewedLevel.green,
    amber: c.stats.byReviewedLevel.amber,
    red: c.stats.byReviewedLevel.red,
    toAct: c.stats.redWithoutIntervention,
    withFlag: filters.flag ? (c.stats.byFlag[filters.flag] ?? 0) : 0,
  }));
  type Row = (typeof rows)[number];
  const levels = useLevelSeries<Row>(filters, 'levels');
  const flagLabel = filters.flag ? t(`flags.${filters.flag}` as 'flags.absences') : '';
  return (
    <SeriesChartFigure
      title={t('byClass.title')}
      hint={t('byClass.hint')}
      fileName="rischio-per-classe"
      rows={rows}
      rowKey={(r) => r.classId}
      category={(r) => r.name}
      series={levels.series}
      height={Math.max(CHART_HEIGHT, rows.length * 22)}
      categoryAxis={{ interval: 0, angle: rows.length > 12 ? -45 : 0, height: 50 }}
      onSelect={(r) => void navigate(`/classi/${encodeURIComponent(r.classId)}`)}
      columns={[
        {
          key: 'class',
          header: t('byClass.class'),
          cell: (r) => (
            <Link to={`/classi/${encodeURIComponent(r.classId)}`}>
              <span className="visually-hidden">{t('byClass.openClass', { name: r.name })}</span>
              <span aria-hidden="true">{r.name}</span>
            </Link>
          ),
          csv: (r) => r.name,
        },
        countColumn<Row>('pupils', t('byClass.pupils'), (r) => r.pupils),
        ...levels.columns,
        countColumn<Row>('toAct', t('byClass.toAct'), (r) => r.toAct),
        ...(filters.flag
          ? [
              countColumn<Row>(
                'flag',
                t('byClass.withFlag', { flag: flagLabel }),
                (r) => r.withFlag,
              ),
            ]
          : []),
      ]}
    />
  );
}

export function TrendChart({
  trend,
  filters,
}: {
  trend: SchoolStats['trend'];
  filters: DashboardFilters;
}) {
  const { t } = useTranslation('dashboard');
  const rows = Object.keys(trend)
    .sort()
    .map((key) => {
      const p = trend[key];
      return {
        key,
        label: trendLabel(key),
        pupils: p?.pupils ?? 0,
        green: p?.byReviewedLevel.green ?? 0,
        amber: p?.byReviewedLevel.amber ?? 0,
        red: p?.byReviewedLevel.red ?? 0,
      };
    });
  type Row = (typeof rows)[number];
  const levels = useLevelSeries<Row>(filters);
  return (
    <SeriesChartFigure
      kind="line"
      title={t('trend.title')}
      hint={rows.length < 2 ? t('trend.onlyOne') : undefined}
      fileName="andamento"
      rows={rows}
      rowKey={(r) => r.key}
      category={(r) => r.label}
      series={levels.series}
      columns={[
        textColumn<Row>('term', t('trend.term'), (r) => r.label),
        countColumn<Row>('pupils', t('byClass.pupils'), (r) => r.pupils),
        ...levels.columns,
      ]}
    />
  );
}
