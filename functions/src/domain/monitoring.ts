/**
 * Programme monitoring (DOMAIN.md, "Programme monitoring (FAMI)"): the funder's indicators per
 * school, Ambito and Region and per period (calendar quarter or school year), computed from what
 * was logged, never typed in.
 *
 * The chain mirrors the dashboards' (stats.ts): each pupil's facts (`monitoringFacts/current`,
 * from the pupil's records) -> per class (`schools/{s}/monitoring/class_{c}`, every period) ->
 * per school and period (`schools/{s}/monitoring/{period}`) -> Ambito -> Region. Every level is
 * recomputed from the level below, never incremented. Unique pupils are counted per class and
 * summed: a pupil is in one class of one school, so the sums of classes and of schools are exact
 * unique counts. Above the school, counts of 3 or fewer are published as "<=3" (stats.ts).
 */
// Node's ESM loader (scripts run with tsx) does not see the `export *` of this CommonJS barrel:
// scripts import the files themselves.
export * from './monitoring-periods';
export * from './monitoring-facts';
export * from './monitoring-indicators';
export * from './monitoring-school';
export * from './monitoring-published';
export * from './monitoring-area';
export * from './monitoring-reports';
export { SUPPRESSED } from './stats-suppression';
