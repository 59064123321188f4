/**
 * The engine's indicators, one function per flag code: each reads the pupil's records and
 * returns at most one flag with its level, role (see `FlagRole`), evidence and sentences.
 */
export { ANNUAL_ABSENCE_LIMIT_PCT, latestTermRecord } from './risk-indicator-base';
export {
  absenceLimitFlag,
  absencesFlag,
  conductFlag,
  failingSubjectsFlag,
  meanMarkFlag,
} from './term-indicators';
export { l2Flag, ritardoFlag } from './pupil-indicators';
