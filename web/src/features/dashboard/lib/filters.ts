import {
  type GroupStats,
  type RiskLevel,
  type SchoolStats,
  type StatsPupilEntry,
  sumGroupStats,
} from '@domain';

/** The head dashboard's filters; empty string = all. */
export interface DashboardFilters {
  level: RiskLevel | '';
  classId: string;
  year: string;
  flag: string;
}

export const NO_FILTERS: DashboardFilters = { level: '', classId: '', year: '', flag: '' };

export type ClassRow = SchoolStats['byClass'][number];

/** Classes matching the class and year filters (level and flag narrow what is counted). */
export function filterClasses(classes: readonly ClassRow[], f: DashboardFilters): ClassRow[] {
  return classes.filter(
    (c) =>
      (f.classId === '' || c.classId === f.classId) &&
      (f.year === '' || String(c.classYear) === f.year),
  );
}

/** Aggregates of the filtered classes: the whole school when no class or year is chosen. */
export function filteredTotals(stats: SchoolStats, f: DashboardFilters): GroupStats {
  if (f.classId === '' && f.year === '') return stats.stats;
  return sumGroupStats(filterClasses(stats.byClass, f).map((c) => c.stats));
}

/** Pupils of a list in the filtered classes, carrying the chosen flag and level. */
export function filterPupilEntries(
  entries: readonly StatsPupilEntry[],
  classes: readonly ClassRow[],
  f: DashboardFilters,
): StatsPupilEntry[] {
  const classIds = new Set(filterClasses(classes, f).map((c) => c.classId));
  return entries.filter(
    (e) =>
      classIds.has(e.classId) &&
      (f.flag === '' || e.flags.includes(f.flag)) &&
      (f.level === '' || e.reviewedLevel === f.level),
  );
}

/** Trend keys in time order, shown as "2026/27 T1". */
export function trendLabel(key: string): string {
  const match = /^(\d{4})-(\d{2})_T(\d)$/.exec(key);
  return match ? `${match[1]}/${match[2]} T${match[3]}` : key;
}
