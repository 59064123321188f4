/**
 * Dashboard aggregates: shapes of the stats documents written by functions, and the pure
 * arithmetic that builds them (per class from pupils' `risk/current`, per school from its
 * classes, per Ambito from its schools with small counts suppressed).
 *
 * Paths: `schools/{s}/stats/class_{classId}`, `schools/{s}/stats/school`,
 * `districts/{d}/stats/schools`. Everything here is recomputed from its sources, never
 * incremented, so a retried or reordered event cannot make a count drift.
 */
// Node's ESM loader (scripts run with tsx) does not see the `export *` of this CommonJS barrel:
// scripts import the files themselves.
export * from './stats-documents';
export * from './stats-aggregation';
export * from './stats-suppression';
