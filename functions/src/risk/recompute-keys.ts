/** Keys that tell whether a recompute changed anything worth writing. */
import { canonicalJson, type PupilNeed, type StoredRisk } from '../domain';

/** The need document without its computation time; null (none stored) never equals one. */
export function needKey(need: PupilNeed | null): string | null {
  if (!need) return null;
  const { computedAt: _computedAt, ...rest } = need;
  return canonicalJson(rest);
}

/** Everything but the computation time: equal keys mean nothing to write. */
export function assessmentKey(risk: StoredRisk): string {
  const { computedAt: _computedAt, ...rest } = risk;
  return canonicalJson(rest);
}

export function flagSetKey(risk: Pick<StoredRisk, 'level' | 'flags'>): string {
  return JSON.stringify([risk.level, risk.flags.map((f) => [f.code, f.level])]);
}
