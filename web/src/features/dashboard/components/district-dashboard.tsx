import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  RISK_LEVELS,
  SUPPRESSED,
  percentOf,
  type DistrictStats,
  type SuppressedCount,
} from '@domain';
import { Loading } from '@/components/ui/loading';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useDistrictStats } from '../api/get-district-stats';
import { LEVEL_COLORS, SERIES_COLORS } from '../lib/colors';
import { trendLabel } from '../lib/filters';
import { ChartFigure } from './chart-figure';
import { DataTable, type Column } from './data-table';
import './dashboard.css';

type SchoolEntry = DistrictStats['schools'][number];

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
  if (query.isPending) return <Loading label={t('common.loading')} />;
  if (query.isError) {
    return (
      <div className="alert alert-danger" role="alert">
        {t('common.error')}
      </div>
    );
  }
  if (!query.data || query.data.schools.length === 0) {
    return (
      <>
        <h1>{t('district.title')}</h1>
        <div className="alert alert-info" role="status">
          {t('district.empty')}
        </div>
      </>
    );
  }
  return <DistrictView stats={query.data} />;
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

  const levelRows = schools.map((s) => ({
    name: s.name,
    green: plotted(s.stats.byReviewedLevel.green),
    amber: plotted(s.stats.byReviewedLevel.amber),
    red: plotted(s.stats.byReviewedLevel.red),
  }));
  const interventionShare = (s: SchoolEntry) => share(s.stats.activeIntervention, s.stats.pupils);
  const l2Share = (s: SchoolEntry) => share(s.stats.l2AssessedThisYear, s.stats.pupils);
  const familyShare = (s: SchoolEntry) => share(s.stats.familyContactThisTerm, s.stats.pupils);
  const coverageRows = schools.map((s) => ({
    name: s.name,
    intervention: interventionShare(s),
    l2: l2Share(s),
  }));

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

  return (
    <div className="dashboard">
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <div>
          <h1>{t('district.title')}</h1>
          <p className="small">
            {t('common.computedAt', { date: formatDate(stats.computedAt, currentLanguage()) })}
          </p>
        </div>
        <button
          type="button"
          className="btn btn-primary d-print-none"
          onClick={() => window.print()}
        >
          {t('common.print')}
        </button>
      </div>
      <p>{t('district.intro')}</p>
      <p className="small">{t('common.suppressedNote')}</p>

      <section
        className="dashboard-section card shadow-sm p-3 mb-4"
        aria-label={t('district.schools')}
      >
        <h2 className="h4">{t('district.schools')}</h2>
        <DataTable
          caption={t('district.schools')}
          fileName="ambito-scuole"
          rows={schools}
          rowKey={(s) => s.schoolId}
          columns={[
            {
              key: 'school',
              header: t('district.school'),
              cell: (s) => s.name,
              csv: (s) => s.name,
            },
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
      </section>

      <ChartFigure
        title={t('district.levelsChart')}
        chart={
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={levelRows} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {RISK_LEVELS.map((level) => (
                <Bar
                  key={level}
                  dataKey={level}
                  name={t(`levels.${level}`)}
                  fill={LEVEL_COLORS[level]}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        }
      >
        <DataTable
          caption={t('district.levelsChart')}
          fileName="ambito-livelli"
          rows={schools}
          rowKey={(s) => s.schoolId}
          columns={[
            {
              key: 'school',
              header: t('district.school'),
              cell: (s) => s.name,
              csv: (s) => s.name,
            },
            ...RISK_LEVELS.map((level) =>
              count(level, t(`levels.${level}`), (s) => s.stats.byReviewedLevel[level]),
            ),
          ]}
        />
      </ChartFigure>

      <ChartFigure
        title={t('district.coverageChart')}
        chart={
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={coverageRows} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis domain={[0, 100]} unit="%" />
              <Tooltip />
              <Legend />
              <Bar
                dataKey="intervention"
                name={t('district.interventionShare')}
                fill={SERIES_COLORS[0]}
              />
              <Bar dataKey="l2" name={t('district.l2Share')} fill={SERIES_COLORS[2]} />
            </BarChart>
          </ResponsiveContainer>
        }
      >
        <DataTable
          caption={t('district.coverageChart')}
          fileName="ambito-copertura"
          rows={schools}
          rowKey={(s) => s.schoolId}
          columns={[
            {
              key: 'school',
              header: t('district.school'),
              cell: (s) => s.name,
              csv: (s) => s.name,
            },
            percent('intervention', t('district.interventionShare'), interventionShare),
            percent('l2', t('district.l2Share'), l2Share),
          ]}
        />
      </ChartFigure>

      <section
        className="dashboard-section card shadow-sm p-3 mb-4"
        aria-label={t('district.changes')}
      >
        <h2 className="h4">{t('district.changes')}</h2>
        <DataTable
          caption={t('district.changes')}
          fileName="ambito-variazioni"
          rows={changes}
          rowKey={(c) => c.school.schoolId}
          columns={[
            {
              key: 'school',
              header: t('district.school'),
              cell: (c) => c.school.name,
              csv: (c) => c.school.name,
            },
            {
              key: 'previous',
              header: t('district.previousTerm'),
              cell: (c) => (c.previous ? trendLabel(c.previous) : t('district.noPrevious')),
              csv: (c) => (c.previous ? trendLabel(c.previous) : t('district.noPrevious')),
            },
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
      </section>
    </div>
  );
}
