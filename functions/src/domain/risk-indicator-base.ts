/** What every indicator shares: the flag it builds and the term record it reads. */
import { schoolYearOf } from './common';
import type { TermRecord } from './records';
import type { FlagRole, RiskFlag } from './risk';
import type { RiskFlagCode } from './risk-engine';

/** Absences above this share of the annual hours invalidate the school year (3/4 rule). */
export const ANNUAL_ABSENCE_LIMIT_PCT = 25;

export type Evidence = RiskFlag['evidence'];
export interface Reason {
  level: 'amber' | 'red';
  evidence: Evidence;
  it: string;
  en: string;
}

/** One flag per code: the highest level among its reasons, their sentences joined. */
export function flagFrom(
  code: RiskFlagCode,
  role: FlagRole,
  reasons: Reason[],
  base: Evidence = {},
): RiskFlag | null {
  if (reasons.length === 0) return null;
  const level = reasons.some((r) => r.level === 'red') ? 'red' : 'amber';
  const top = reasons.filter((r) => r.level === level);
  const evidence: Evidence = { ...base };
  for (const r of top) Object.assign(evidence, r.evidence);
  return {
    code,
    level,
    role,
    evidence,
    sentence: { it: top.map((r) => r.it).join('; '), en: top.map((r) => r.en).join('; ') },
  };
}

/**
 * The term record the level reads: of the school year containing `asOf`, the highest term; if
 * a term has more than one record (data from before one record per term), the last saved
 * (`updatedAt`), then the one with more lesson hours held (the later of the term); the
 * document id never decides. Since records have one id per term, duplicates are left only by
 * an unmerged old database (`npm run migrate:term-records` merges them).
 */
export function latestTermRecord<T extends TermRecord & { updatedAt?: Date }>(
  records: readonly T[],
  asOf: Date,
): T | null {
  const year = schoolYearOf(asOf);
  let best: T | null = null;
  for (const r of records) {
    if (r.schoolYear !== year) continue;
    if (best === null || r.term > best.term) {
      best = r;
      continue;
    }
    if (r.term < best.term) continue;
    const a = r.updatedAt?.getTime() ?? 0;
    const b = best.updatedAt?.getTime() ?? 0;
    if (a > b || (a === b && r.lessonHours > best.lessonHours)) best = r;
  }
  return best;
}
