import { type CefrLevel, type RiskLevel, cefrRank } from '@domain';

/** One assigned pupil with what decides how urgently they need a session. */
export interface CaseloadEntry {
  pupilId: string;
  name: string;
  classId: string;
  homeLanguages: string[];
  bornInItaly: boolean;
  /** Null when the risk is not computed yet or not readable by this role. */
  risk: { level: RiskLevel; score: number } | null;
  l2Level: CefrLevel | null;
  /** Days since the last tutoring session (any educator), null if there was none. */
  daysSinceSession: number | null;
}

const RISK_ORDER: Record<RiskLevel, number> = { red: 0, amber: 1, green: 2 };

/**
 * Caseload ordered by need: risk level (red first, unknown after green), then risk score,
 * then Italian L2 level (lower first, unassessed first), then the longest wait since a session
 * (never seen first), then name.
 */
export function orderByNeed(entries: readonly CaseloadEntry[]): CaseloadEntry[] {
  const riskRank = (e: CaseloadEntry) => (e.risk ? RISK_ORDER[e.risk.level] : 3);
  const l2 = (e: CaseloadEntry) => (e.l2Level === null ? -1 : cefrRank(e.l2Level));
  const wait = (e: CaseloadEntry) => e.daysSinceSession ?? Number.MAX_SAFE_INTEGER;
  return [...entries].sort(
    (a, b) =>
      riskRank(a) - riskRank(b) ||
      (b.risk?.score ?? 0) - (a.risk?.score ?? 0) ||
      l2(a) - l2(b) ||
      wait(b) - wait(a) ||
      a.name.localeCompare(b.name, 'it'),
  );
}

/** Whole days from `from` to `to`, on UTC calendar days. */
export function daysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((day(to) - day(from)) / 86_400_000);
}
