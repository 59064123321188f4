import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import {
  RISK_LEVELS,
  SUPPRESSED,
  percentOf,
  type DistrictStats,
  type SuppressedCount,
} from '@domain';
import { useDistrictStats } from '../api/get-district-stats';
import { LEVEL_COLORS, SERIES_COLORS } from '../lib/colors';
import { textColumn, type Column } from '@/components/ui/columns';
import { trendLabel } from '../lib/filters';
import { DashboardHeader } from './dashboard-header';
import { SeriesChartFigure } from './series-chart-figure';
import { StatsQuery } from './stats-query';
import { TableSection } from './table-section';
import './dashboard.css';

type SchoolEntry = DistrictStats['schools'][number];

/** Taller than a school's charts: one group of bars per school. */
const DISTRICT_CHART_HEIGHT = 280;

/** A number for a chart: suppressed counts are left out rather than drawn as a guess. */
const plotted = (c: SuppressedCount): number | null => (c === SUPPRESSED ? null : c);

/** Whole-number share, only when neither count is suppressed. */
function share(part: SuppressedCount, whole: SuppressedCount): number | null {
  return part === SUPPRESSED || whole === SUPPRESSED ? null : percentOf(part, whole);
}

/** Change between two published counts; unknown when either is suppressed. */
function change(now: SuppressedCount | undefined, before: SuppressedCount | undefined) {
  return now === undefined || before === undefined || now === SUPPRESSED || before === SUPPRESSED
    ? null
    : now - before;
}

function previousTermKey(entry: SchoolEntry): string | null {
  const earlier = Object.keys(entry.trend)
    .filter((k) => k < entry.currentTerm)
    .sort();
  return earlier[earlier.length - 1] ?? null;
}

/** Loads the Ambito's document and shows the schools side by side. */
export function DistrictDashboard({ districtId }: { districtId: string }) {
  const { t } = useTranslation('dashboard');
  const query = useDistrictStats(districtId);
  return (
    <StatsQuery
      query={query}
      title={t('district.title')}
      emptyMessage={t('district.empty')}
      isEmpty={(stats) => stats.schools.length === 0}
    >
      {(stats) => <DistrictView stats={stats} />}
    </StatsQuery>
  );
}

export function DistrictView({ stats }: { stats: DistrictStats }) {
  const { t } = useTranslation('dashboard');
  const shown = (c: SuppressedCount) => (c === SUPPRESSED ? t('common.suppressed') : c);
  const pct = (v: number | null) =>
    v === null ? t('common.notAvailable') : t('common.percent', { value: v });
  const signed = (v: number | null) =>
    v === null ? t('common.notAvailable') : v > 0 ? `+${v}` : String(v);
  const schools = stats.schools;

  const count = (
    key: string,
    header: string,
    pick: (s: SchoolEntry) => SuppressedCount,
  ): Column<SchoolEntry> => ({
    key,
    header,
    cell: (s) => shown(pick(s)),
    csv: (s) => shown(pick(s)),
    numeric: true,
  });
  const percent = (
    key: string,
    header: string,
    pick: (s: SchoolEntry) => number | null,
  ): Column<SchoolEntry> => ({
    key,
    header,
    cell: (s) => pct(pick(s)),
    csv: (s) => pick(s),
    numeric: true,
  });

  const school = textColumn<SchoolEntry>('school', t('district.school'), (s) => s.name);
  const interventionShare = (s: SchoolEntry) => share(s.stats.activeIntervention, s.stats.pupils);
  const l2Share = (s: SchoolEntry) => share(s.stats.l2AssessedThisYear, s.stats.pupils);
  const familyShare = (s: SchoolEntry) => share(s.stats.familyContactThisTerm, s.stats.pupils);

  const changes = schools.map((s) => {
    const previous = previousTermKey(s);
    const now = s.trend[s.currentTerm];
    const before = previous ? s.trend[previous] : undefined;
    return {
      school: s,
      previous,
      red: change(now?.byReviewedLevel.red, before?.byReviewedLevel.red),
      intervention: change(now?.activeIntervention, before?.activeIntervention),
    };
  });
  type Change = (typeof changes)[number];

  return (
    <div className="dashboard">
      <DashboardHeader title={t('district.title')} computedAt={stats.computedAt} />
      <p>{t('district.intro')}</p>
      <p className="small">{t('common.suppressedNote')}</p>

      <TableSection
        title={t('district.schools')}
        fileName="ambito-scuole"
        rows={schools}
        rowKey={(s) => s.schoolId}
        columns={[
          school,
          count('pupils', t('district.pupils'), (s) => s.stats.pupils),
          count('red', t('district.red'), (s) => s.stats.byReviewedLevel.red),
          count('amber', t('district.amber'), (s) => s.stats.byReviewedLevel.amber),
          count('green', t('district.green'), (s) => s.stats.byReviewedLevel.green),
          count('toAct', t('district.toAct'), (s) => s.stats.redWithoutIntervention),
          percent('intervention', t('district.intervention'), interventionShare),
          percent('family', t('district.familyContact'), familyShare),
          percent('l2', t('district.l2Assessed'), l2Share),
          count('l2Moved', t('district.l2MovedUp'), (s) => s.stats.l2MovedUpAny),
          count('nai', t('district.naiWithoutPdp'), (s) => s.stats.naiWithoutPdp),
          count('hours', t('district.tutoringHours'), (s) => s.stats.tutoringHours),
        ]}
      />

      <SeriesChartFigure
        title={t('district.levelsChart')}
        fileName="ambito-livelli"
        height={DISTRICT_CHART_HEIGHT}
        rows={schools}
        rowKey={(s) => s.schoolId}
        category={(s) => s.name}
        series={RISK_LEVELS.map((level) => ({
          key: level,
          name: t(`levels.${level}`),
          color: LEVEL_COLORS[level],
          value: (s: SchoolEntry) => plotted(s.stats.byReviewedLevel[level]),
        }))}
        columns={[
          school,
          ...RISK_LEVELS.map((level) =>
            count(level, t(`levels.${level}`), (s) => s.stats.byReviewedLevel[level]),
          ),
        ]}
      />

      <SeriesChartFigure
        title={t('district.coverageChart')}
        fileName="ambito-copertura"
        height={DISTRICT_CHART_HEIGHT}
        values="percent"
        rows={schools}
        rowKey={(s) => s.schoolId}
        category={(s) => s.name}
        series={[
          {
            key: 'intervention',
            name: t('district.interventionShare'),
            color: SERIES_COLORS[0],
            value: interventionShare,
          },
          { key: 'l2', name: t('district.l2Share'), color: SERIES_COLORS[2], value: l2Share },
        ]}
        columns={[
          school,
          percent('intervention', t('district.interventionShare'), interventionShare),
          percent('l2', t('district.l2Share'), l2Share),
        ]}
      />

      <TableSection
        title={t('district.changes')}
        fileName="ambito-variazioni"
        rows={changes}
        rowKey={(c) => c.school.schoolId}
        columns={[
          textColumn<Change>('school', t('district.school'), (c) => c.school.name),
          textColumn<Change>('previous', t('district.previousTerm'), (c) =>
            c.previous ? trendLabel(c.previous) : t('district.noPrevious'),
          ),
          {
            key: 'red',
            header: t('district.redChange'),
            cell: (c) => signed(c.red),
            csv: (c) => c.red,
            numeric: true,
          },
          {
            key: 'intervention',
            header: t('district.interventionChange'),
            cell: (c) => signed(c.intervention),
            csv: (c) => c.intervention,
            numeric: true,
          },
        ]}
      />
    </div>
  );
}
