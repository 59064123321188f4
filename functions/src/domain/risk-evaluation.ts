/**
 * Measuring the flags against known outcomes: a school's past year (pupil snapshots at a date,
 * with the outcome at year end) goes through the engine, and the flags are scored like the
 * early-warning literature scores them (sensitivity, specificity, precision per band, observed
 * failure rate per band), for all pupils and for newly arrived pupils apart.
 *
 * The CSV columns are documented in README.md ("Measuring the flags"); this module is pure so
 * the same figures can be computed in the script, in functions and in the browser.
 */
export * from './evaluation-csv';
export * from './evaluation-snapshot';
export * from './evaluation-figures';
export * from './evaluation-run';
export * from './evaluation-calibration';
