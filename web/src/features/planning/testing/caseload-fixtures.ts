import type { CaseloadEntry } from '../lib/caseload';

/** A caseload entry for tests: a pupil of class 2B with no risk, L2 level or session yet. */
export const caseloadEntry = (
  pupilId: string,
  name: string,
  more: Partial<CaseloadEntry> = {},
): CaseloadEntry => ({
  pupilId,
  name,
  classId: '2b-sm',
  homeLanguages: [],
  bornInItaly: false,
  risk: null,
  l2Level: null,
  daysSinceSession: null,
  ...more,
});
