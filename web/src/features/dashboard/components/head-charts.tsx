import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { Link, useNavigate } from 'react-router';
import {
  FOLLOW_UP_CODES,
  L2_SKILLS,
  RISK_FLAG_CODES,
  RISK_LEVELS,
  type GroupStats,
  type RiskLevel,
  type SchoolStats,
  percentOf,
} from '@domain';
import { LEVEL_COLORS, SERIES_COLORS } from '../lib/colors';
import { countColumn, textColumn, type Column } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import type { ClassRow, DashboardFilters } from '../lib/filters';
import { trendLabel } from '../lib/filters';
import { FilterToggle } from './filter-toggle';
import { CHART_HEIGHT, SeriesChartFigure, type Series } from './series-chart-figure';

type FilterProps = {
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

export function TopFlagsChart({ totals, filters, onFilter }: FilterProps & { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = RISK_FLAG_CODES.map((code) => ({
    code,
    label: t(`flags.${code}`),
    pupils: totals.byFlag[code] ?? 0,
  }))
    .filter((r) => r.pupils > 0)
    .sort((a, b) => b.pupils - a.pupils);
  type Row = (typeof rows)[number];
  const choose = (code: string) =>
    onFilter({ ...filters, flag: filters.flag === code ? '' : code });
  return (
    <SeriesChartFigure
      title={t('topFlags.title')}
      fileName="motivi-segnalazione"
      rows={rows}
      rowKey={(r) => r.code}
      category={(r) => r.label}
      series={[
        {
          key: 'pupils',
          name: t('topFlags.pupils'),
          color: SERIES_COLORS[0],
          value: (r) => r.pupils,
        },
      ]}
      layout="vertical"
      height={Math.max(CHART_HEIGHT, rows.length * 32)}
      categoryAxis={{ width: 190 }}
      legend={false}
      onSelect={(r) => choose(r.code)}
      columns={[
        {
          key: 'flag',
          header: t('topFlags.flag'),
          cell: (r) => (
            <FilterToggle
              className="text-start"
              label={r.label}
              action={t('topFlags.filterBy', { flag: r.label })}
              pressed={filters.flag === r.code}
              onToggle={() => choose(r.code)}
            />
          ),
          csv: (r) => r.label,
        },
        countColumn<Row>('pupils', t('topFlags.pupils'), (r) => r.pupils),
      ]}
    />
  );
}

export function L2ProgressChart({ totals }: { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = L2_SKILLS.map((skill) => ({
    skill,
    label: t(`skills.${skill}`),
    movedUp: totals.l2MovedUp[skill],
  }));
  type Row = (typeof rows)[number];
  return (
    <SeriesChartFigure
      title={t('l2.title')}
      fileName="progressi-l2"
      rows={rows}
      rowKey={(r) => r.skill}
      category={(r) => r.label}
      series={[
        {
          key: 'movedUp',
          name: t('l2.movedUp'),
          color: SERIES_COLORS[2],
          value: (r) => r.movedUp,
        },
      ]}
      legend={false}
      intro={
        <p>
          {t('l2.movedUpAny', { count: totals.l2MovedUpAny, assessed: totals.l2AssessedThisYear })}
        </p>
      }
      columns={[
        textColumn<Row>('skill', t('l2.skill'), (r) => r.label),
        countColumn<Row>('movedUp', t('l2.movedUp'), (r) => r.movedUp),
      ]}
    />
  );
}

export function CoverageChart({ totals }: { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = [
    { key: 'activeIntervention', count: totals.activeIntervention },
    { key: 'familyContact', count: totals.familyContactThisTerm },
    { key: 'tutored', count: totals.tutoredPupils },
  ].map((r) => ({
    ...r,
    label: t(`coverage.${r.key}` as 'coverage.tutored'),
    share: percentOf(r.count, totals.pupils),
  }));
  type Row = (typeof rows)[number];
  const hours = Math.round(totals.tutoringMinutes / 60);
  return (
    <SeriesChartFigure
      title={t('coverage.title')}
      fileName="copertura-interventi"
      rows={rows}
      rowKey={(r) => r.key}
      category={(r) => r.label}
      series={[
        {
          key: 'share',
          name: t('coverage.share'),
          color: SERIES_COLORS[0],
          value: (r) => r.share,
          unit: '%',
        },
      ]}
      layout="vertical"
      values="percent"
      categoryAxis={{ width: 230 }}
      legend={false}
      columns={[
        textColumn<Row>('measure', t('coverage.measure'), (r) => r.label),
        countColumn<Row>('count', t('coverage.count'), (r) => r.count),
        {
          key: 'share',
          header: t('coverage.share'),
          cell: (r) =>
            r.share === null ? t('common.notAvailable') : t('common.percent', { value: r.share }),
          csv: (r) => r.share,
          numeric: true,
        },
      ]}
    >
      <p className="mb-0">
        {t('coverage.tutoringHours')}: <strong>{hours}</strong>
      </p>
    </SeriesChartFigure>
  );
}

/** Follow-up work of the school by kind: open and overdue (they never change the levels). */
export function FollowUpsTable({ totals }: { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = FOLLOW_UP_CODES.map((code) => ({
    code,
    label: t(`followUps.${code}`),
    open: totals.followUpsOpen[code],
  }));
  type Row = (typeof rows)[number];
  return (
    <section className="mb-5" aria-labelledby="follow-ups-title">
      <h2 className="h4" id="follow-ups-title">
        {t('followUps.title')}
      </h2>
      <p>{t('followUps.intro', { overdue: totals.followUpsOverdue })}</p>
      <DataTable
        caption={t('followUps.title')}
        columns={[
          textColumn<Row>('kind', t('followUps.kind'), (r) => r.label),
          countColumn<Row>('open', t('followUps.open'), (r) => r.open),
        ]}
        rows={rows}
        rowKey={(r) => r.code}
        fileName="lavoro-da-fare"
      />
    </section>
  );
}
