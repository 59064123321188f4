import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { FOLLOW_UP_CODES, type SchoolStats } from '@domain';
import {
  NO_FILTERS,
  filterClasses,
  filterPupilEntries,
  filteredTotals,
  type DashboardFilters as Filters,
} from '../lib/filters';
import { DashboardFilters } from './dashboard-filters';
import { DashboardHeader } from './dashboard-header';
import {
  ClassBarsChart,
  CoverageChart,
  FollowUpsTable,
  DistributionChart,
  L2ProgressChart,
  TopFlagsChart,
  TrendChart,
} from './head-charts';
import { PupilList } from './pupil-lists';
import './dashboard.css';

/** The head's dashboard for one school, from its pre-aggregated stats document. */
export function HeadDashboard({ stats }: { stats: SchoolStats }) {
  const { t } = useTranslation('dashboard');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const totals = useMemo(() => filteredTotals(stats, filters), [stats, filters]);
  const classes = useMemo(() => filterClasses(stats.byClass, filters), [stats, filters]);
  const classNames = useMemo(
    () => new Map(stats.byClass.map((c) => [c.classId, c.className])),
    [stats],
  );
  const toAct = filterPupilEntries(stats.toAct, stats.byClass, filters);
  const nai = filterPupilEntries(stats.naiWithoutPdp, stats.byClass, {
    ...filters,
    level: '',
  });
  const unfiltered = filters.classId === '' && filters.year === '' && filters.flag === '';

  const figures = [
    { label: t('head.pupils'), value: totals.pupils },
    { label: t('head.red'), value: totals.byReviewedLevel.red },
    { label: t('head.toActCount'), value: totals.redWithoutIntervention },
    { label: t('head.naiWithoutPdpCount'), value: totals.naiWithoutPdp },
    {
      label: t('head.followUpsOpen'),
      value: FOLLOW_UP_CODES.reduce((sum, code) => sum + totals.followUpsOpen[code], 0),
    },
    { label: t('head.followUpsOverdue'), value: totals.followUpsOverdue },
  ];

  return (
    <div className="dashboard">
      <DashboardHeader
        title={t('head.title')}
        subtitle={stats.schoolName}
        computedAt={stats.computedAt}
      />
      <p>{t('head.intro')}</p>

      <DashboardFilters value={filters} onChange={setFilters} classes={stats.byClass} />

      <dl className="row dashboard-figures mb-4" aria-live="polite">
        {figures.map((f) => (
          // A <dl> may group each dt/dd pair in one <div>, not deeper (axe: dlitem).
          <div key={f.label} className="col-6 col-lg-3 mb-3 border-start border-4 ps-3">
            <dt className="small fw-normal">{f.label}</dt>
            <dd className="h3 mb-0">{f.value}</dd>
          </div>
        ))}
      </dl>

      <DistributionChart totals={totals} filters={filters} onFilter={setFilters} />
      <ClassBarsChart classes={classes} filters={filters} />
      <TrendChart trend={stats.trend} filters={filters} />
      <TopFlagsChart totals={totals} filters={filters} onFilter={setFilters} />
      <L2ProgressChart totals={totals} />
      <CoverageChart totals={totals} />
      <FollowUpsTable totals={totals} />
      <PupilList
        kind="toAct"
        entries={toAct}
        classNames={classNames}
        total={unfiltered && filters.level === '' ? stats.toActTotal : undefined}
      />
      <PupilList kind="nai" entries={nai} classNames={classNames} />
    </div>
  );
}
