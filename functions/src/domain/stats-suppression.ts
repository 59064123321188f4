/**
 * Suppression (stats.ts): what leaves the school for the Ambito. Counts of 3 or fewer are
 * published as "<=3", with complementary suppression where a total is shown; the Ambito's
 * dashboard document holds names and suppressed counts only.
 */
import { z } from 'zod';
import { L2_SKILLS } from './l2';
import {
  perSkill,
  zeroPerSkill,
  type GroupStats,
  type SchoolStats,
  type TrendPoint,
} from './stats-documents';

/** Counts of 3 or fewer are published as this marker (as the Ministry does). */
export const SUPPRESSED = '<=3' as const;
export const SUPPRESSION_MAX = 3;

const count = z.number().int().min(0);

/** A count as a district user may see it. */
export const suppressedCountSchema = z.union([count, z.literal(SUPPRESSED)]);
export type SuppressedCount = z.infer<typeof suppressedCountSchema>;
const suppressedLevelCountsSchema = z.object({
  green: suppressedCountSchema,
  amber: suppressedCountSchema,
  red: suppressedCountSchema,
});

/** `GroupStats` with every count of 3 or fewer replaced by "<=3". */
export const suppressedGroupStatsSchema = z.object({
  pupils: suppressedCountSchema,
  byLevel: suppressedLevelCountsSchema,
  byReviewedLevel: suppressedLevelCountsSchema,
  byFlag: z.record(z.string(), suppressedCountSchema),
  l2ByLevel: perSkill(z.record(z.string(), suppressedCountSchema)),
  l2MovedUp: perSkill(suppressedCountSchema),
  l2MovedUpAny: suppressedCountSchema,
  l2AssessedThisYear: suppressedCountSchema,
  activeIntervention: suppressedCountSchema,
  familyContactThisTerm: suppressedCountSchema,
  /** Hours, hidden ("<=3") when 3 or fewer pupils were tutored. */
  tutoringHours: z.union([z.number().min(0), z.literal(SUPPRESSED)]),
  tutoredPupils: suppressedCountSchema,
  nai: suppressedCountSchema,
  naiWithoutPdp: suppressedCountSchema,
  redWithoutIntervention: suppressedCountSchema,
});
export type SuppressedGroupStats = z.infer<typeof suppressedGroupStatsSchema>;

export const suppressedTrendPointSchema = z.object({
  pupils: suppressedCountSchema,
  byLevel: suppressedLevelCountsSchema,
  byReviewedLevel: suppressedLevelCountsSchema,
  activeIntervention: suppressedCountSchema,
  familyContactThisTerm: suppressedCountSchema,
  l2MovedUpAny: suppressedCountSchema,
  redWithoutIntervention: suppressedCountSchema,
});
export type SuppressedTrendPoint = z.infer<typeof suppressedTrendPointSchema>;

/** `districts/{d}/stats/schools`: no pupil ids, no class breakdown, small counts suppressed. */
export const districtStatsSchema = z.object({
  kind: z.literal('district'),
  districtId: z.string(),
  computedAt: z.date(),
  schools: z.array(
    z.object({
      schoolId: z.string(),
      name: z.string(),
      currentTerm: z.string(),
      stats: suppressedGroupStatsSchema,
      trend: z.record(z.string(), suppressedTrendPointSchema),
    }),
  ),
});
export type DistrictStats = z.infer<typeof districtStatsSchema>;

/** A count as published: "<=3" when 3 or fewer (zero included, so absence is not revealed). */
export function suppressCount(n: number): SuppressedCount {
  return n <= SUPPRESSION_MAX ? SUPPRESSED : n;
}

/**
 * Suppresses the cells of a partition whose total is published (levels of all pupils). With
 * a single cell hidden it could be recovered as total minus the others, so the smallest other
 * cell is hidden too (complementary suppression).
 */
export function suppressPartition<K extends string>(
  cells: Record<K, number>,
  totalShown: boolean,
): Record<K, SuppressedCount> {
  const keys = Object.keys(cells) as K[];
  const hidden = new Set(keys.filter((k) => cells[k] <= SUPPRESSION_MAX));
  if (totalShown && hidden.size === 1) {
    const next = keys
      .filter((k) => !hidden.has(k))
      .sort((a, b) => cells[a] - cells[b] || (a < b ? -1 : 1))[0];
    if (next !== undefined) hidden.add(next);
  }
  return Object.fromEntries(keys.map((k) => [k, hidden.has(k) ? SUPPRESSED : cells[k]])) as Record<
    K,
    SuppressedCount
  >;
}

/** Every count of a record as published. */
export function suppressRecord(r: Record<string, number>): Record<string, SuppressedCount> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, suppressCount(v)]));
}

/** A school's aggregates as an Ambito may see them. */
export function suppressGroupStats(s: GroupStats): SuppressedGroupStats {
  const totalShown = s.pupils > SUPPRESSION_MAX;
  const l2ByLevel = zeroPerSkill<Record<string, SuppressedCount>>(() => ({}));
  const l2MovedUp = zeroPerSkill<SuppressedCount>(() => SUPPRESSED);
  for (const skill of L2_SKILLS) {
    l2ByLevel[skill] = suppressPartition(s.l2ByLevel[skill], totalShown);
    l2MovedUp[skill] = suppressCount(s.l2MovedUp[skill]);
  }
  return {
    pupils: suppressCount(s.pupils),
    byLevel: suppressPartition(s.byLevel, totalShown),
    byReviewedLevel: suppressPartition(s.byReviewedLevel, totalShown),
    byFlag: suppressRecord(s.byFlag),
    l2ByLevel,
    l2MovedUp,
    l2MovedUpAny: suppressCount(s.l2MovedUpAny),
    l2AssessedThisYear: suppressCount(s.l2AssessedThisYear),
    activeIntervention: suppressCount(s.activeIntervention),
    familyContactThisTerm: suppressCount(s.familyContactThisTerm),
    tutoringHours:
      s.tutoredPupils <= SUPPRESSION_MAX ? SUPPRESSED : Math.round(s.tutoringMinutes / 60),
    tutoredPupils: suppressCount(s.tutoredPupils),
    nai: suppressCount(s.nai),
    naiWithoutPdp: suppressCount(s.naiWithoutPdp),
    redWithoutIntervention: suppressCount(s.redWithoutIntervention),
  };
}

export function suppressTrendPoint(p: TrendPoint): SuppressedTrendPoint {
  const totalShown = p.pupils > SUPPRESSION_MAX;
  return {
    pupils: suppressCount(p.pupils),
    byLevel: suppressPartition(p.byLevel, totalShown),
    byReviewedLevel: suppressPartition(p.byReviewedLevel, totalShown),
    activeIntervention: suppressCount(p.activeIntervention),
    familyContactThisTerm: suppressCount(p.familyContactThisTerm),
    l2MovedUpAny: suppressCount(p.l2MovedUpAny),
    redWithoutIntervention: suppressCount(p.redWithoutIntervention),
  };
}

/** The Ambito document, from its schools' documents: names and suppressed counts only. */
export function buildDistrictStats(input: {
  districtId: string;
  schools: readonly SchoolStats[];
  computedAt: Date;
}): DistrictStats {
  return {
    kind: 'district',
    districtId: input.districtId,
    computedAt: input.computedAt,
    schools: [...input.schools]
      .sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'it'))
      .map((s) => ({
        schoolId: s.schoolId,
        name: s.schoolName,
        currentTerm: s.currentTerm,
        stats: suppressGroupStats(s.stats),
        trend: Object.fromEntries(
          Object.entries(s.trend).map(([k, p]) => [k, suppressTrendPoint(p)]),
        ),
      })),
  };
}
