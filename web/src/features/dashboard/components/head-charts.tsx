import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  L2_SKILLS,
  RISK_FLAG_CODES,
  RISK_LEVELS,
  type GroupStats,
  type RiskLevel,
  type SchoolStats,
  percentOf,
} from '@domain';
import { LEVEL_COLORS, SERIES_COLORS } from '../lib/colors';
import type { ClassRow, DashboardFilters } from '../lib/filters';
import { trendLabel } from '../lib/filters';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';

const HEIGHT = 260;

type FilterProps = {
  filters: DashboardFilters;
  onFilter: (next: DashboardFilters) => void;
};

/** Levels shown: all three, or the one chosen in the filters. */
function shownLevels(filters: DashboardFilters): readonly RiskLevel[] {
  return filters.level === '' ? RISK_LEVELS : [filters.level];
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
  const choose = (level: RiskLevel) =>
    onFilter({ ...filters, level: filters.level === level ? '' : level });
  return (
    <ChartFigure
      title={t('distribution.title')}
      hint={t('distribution.hint')}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar
              dataKey="engine"
              name={t('distribution.engine')}
              fill={SERIES_COLORS[1]}
              cursor="pointer"
              onClick={(_entry, index) => rows[index] && choose(rows[index].level)}
            />
            <Bar
              dataKey="reviewed"
              name={t('distribution.reviewed')}
              fill={SERIES_COLORS[0]}
              cursor="pointer"
              onClick={(_entry, index) => rows[index] && choose(rows[index].level)}
            />
          </BarChart>
        </ResponsiveContainer>
      }
    >
      <DataTable
        caption={t('distribution.title')}
        fileName="distribuzione-rischio"
        rows={rows}
        rowKey={(r) => r.level}
        columns={[
          {
            key: 'level',
            header: t('distribution.level'),
            cell: (r) => (
              <button
                type="button"
                className="btn btn-link p-0"
                aria-pressed={filters.level === r.level}
                onClick={() => choose(r.level)}
              >
                <span className="visually-hidden">
                  {t('distribution.filterBy', { level: r.label })}:{' '}
                </span>
                <span aria-hidden="true">{r.label}</span>
              </button>
            ),
            csv: (r) => r.label,
          },
          {
            key: 'engine',
            header: t('distribution.engine'),
            cell: (r) => r.engine,
            csv: (r) => r.engine,
            numeric: true,
          },
          {
            key: 'reviewed',
            header: t('distribution.reviewed'),
            cell: (r) => r.reviewed,
            csv: (r) => r.reviewed,
            numeric: true,
          },
        ]}
      />
    </ChartFigure>
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
  const levels = shownLevels(filters);
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
  const open = (classId: string) => void navigate(`/classi/${encodeURIComponent(classId)}`);
  const flagLabel = filters.flag ? t(`flags.${filters.flag}` as 'flags.absences') : '';
  return (
    <ChartFigure
      title={t('byClass.title')}
      hint={t('byClass.hint')}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(HEIGHT, rows.length * 22)}>
          <BarChart data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" interval={0} angle={rows.length > 12 ? -45 : 0} height={50} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {levels.map((level) => (
              <Bar
                key={level}
                dataKey={level}
                stackId="levels"
                name={t(`levels.${level}`)}
                fill={LEVEL_COLORS[level]}
                cursor="pointer"
                onClick={(_entry, index) => rows[index] && open(rows[index].classId)}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
    >
      <DataTable
        caption={t('byClass.title')}
        fileName="rischio-per-classe"
        rows={rows}
        rowKey={(r) => r.classId}
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
          {
            key: 'pupils',
            header: t('byClass.pupils'),
            cell: (r) => r.pupils,
            csv: (r) => r.pupils,
            numeric: true,
          },
          ...levels.map((level) => ({
            key: level,
            header: t(`levels.${level}`),
            cell: (r: (typeof rows)[number]) => r[level],
            csv: (r: (typeof rows)[number]) => r[level],
            numeric: true,
          })),
          {
            key: 'toAct',
            header: t('byClass.toAct'),
            cell: (r) => r.toAct,
            csv: (r) => r.toAct,
            numeric: true,
          },
          ...(filters.flag
            ? [
                {
                  key: 'flag',
                  header: t('byClass.withFlag', { flag: flagLabel }),
                  cell: (r: (typeof rows)[number]) => r.withFlag,
                  csv: (r: (typeof rows)[number]) => r.withFlag,
                  numeric: true,
                },
              ]
            : []),
        ]}
      />
    </ChartFigure>
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
  const levels = shownLevels(filters);
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
  return (
    <ChartFigure
      title={t('trend.title')}
      hint={rows.length < 2 ? t('trend.onlyOne') : undefined}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {levels.map((level) => (
              <Line
                key={level}
                type="monotone"
                dataKey={level}
                name={t(`levels.${level}`)}
                stroke={LEVEL_COLORS[level]}
                strokeWidth={2}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      }
    >
      <DataTable
        caption={t('trend.title')}
        fileName="andamento"
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'term', header: t('trend.term'), cell: (r) => r.label, csv: (r) => r.label },
          {
            key: 'pupils',
            header: t('byClass.pupils'),
            cell: (r) => r.pupils,
            csv: (r) => r.pupils,
            numeric: true,
          },
          ...levels.map((level) => ({
            key: level,
            header: t(`levels.${level}`),
            cell: (r: (typeof rows)[number]) => r[level],
            csv: (r: (typeof rows)[number]) => r[level],
            numeric: true,
          })),
        ]}
      />
    </ChartFigure>
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
  const choose = (code: string) =>
    onFilter({ ...filters, flag: filters.flag === code ? '' : code });
  return (
    <ChartFigure
      title={t('topFlags.title')}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(HEIGHT, rows.length * 32)}>
          <BarChart data={rows} layout="vertical" accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={190} />
            <Tooltip />
            <Bar
              dataKey="pupils"
              name={t('topFlags.pupils')}
              fill={SERIES_COLORS[0]}
              cursor="pointer"
              onClick={(_entry, index) => rows[index] && choose(rows[index].code)}
            />
          </BarChart>
        </ResponsiveContainer>
      }
    >
      <DataTable
        caption={t('topFlags.title')}
        fileName="motivi-segnalazione"
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          {
            key: 'flag',
            header: t('topFlags.flag'),
            cell: (r) => (
              <button
                type="button"
                className="btn btn-link p-0 text-start"
                aria-pressed={filters.flag === r.code}
                onClick={() => choose(r.code)}
              >
                <span className="visually-hidden">
                  {t('topFlags.filterBy', { flag: r.label })}:{' '}
                </span>
                <span aria-hidden="true">{r.label}</span>
              </button>
            ),
            csv: (r) => r.label,
          },
          {
            key: 'pupils',
            header: t('topFlags.pupils'),
            cell: (r) => r.pupils,
            csv: (r) => r.pupils,
            numeric: true,
          },
        ]}
      />
    </ChartFigure>
  );
}

export function L2ProgressChart({ totals }: { totals: GroupStats }) {
  const { t } = useTranslation('dashboard');
  const rows = L2_SKILLS.map((skill) => ({
    skill,
    label: t(`skills.${skill}`),
    movedUp: totals.l2MovedUp[skill],
  }));
  return (
    <ChartFigure
      title={t('l2.title')}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="movedUp" name={t('l2.movedUp')} fill={SERIES_COLORS[2]} />
          </BarChart>
        </ResponsiveContainer>
      }
    >
      <p>
        {t('l2.movedUpAny', { count: totals.l2MovedUpAny, assessed: totals.l2AssessedThisYear })}
      </p>
      <DataTable
        caption={t('l2.title')}
        fileName="progressi-l2"
        rows={rows}
        rowKey={(r) => r.skill}
        columns={[
          { key: 'skill', header: t('l2.skill'), cell: (r) => r.label, csv: (r) => r.label },
          {
            key: 'movedUp',
            header: t('l2.movedUp'),
            cell: (r) => r.movedUp,
            csv: (r) => r.movedUp,
            numeric: true,
          },
        ]}
      />
    </ChartFigure>
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
  const hours = Math.round(totals.tutoringMinutes / 60);
  return (
    <ChartFigure
      title={t('coverage.title')}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={rows} layout="vertical" accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey="label" width={230} />
            <Tooltip />
            <Bar dataKey="share" name={t('coverage.share')} fill={SERIES_COLORS[0]} unit="%" />
          </BarChart>
        </ResponsiveContainer>
      }
    >
      <DataTable
        caption={t('coverage.title')}
        fileName="copertura-interventi"
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          {
            key: 'measure',
            header: t('coverage.measure'),
            cell: (r) => r.label,
            csv: (r) => r.label,
          },
          {
            key: 'count',
            header: t('coverage.count'),
            cell: (r) => r.count,
            csv: (r) => r.count,
            numeric: true,
          },
          {
            key: 'share',
            header: t('coverage.share'),
            cell: (r) =>
              r.share === null ? t('common.notAvailable') : t('common.percent', { value: r.share }),
            csv: (r) => r.share,
            numeric: true,
          },
        ]}
      />
      <p className="mb-0">
        {t('coverage.tutoringHours')}: <strong>{hours}</strong>
      </p>
    </ChartFigure>
  );
}
