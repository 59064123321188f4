/**
 * Dashboard aggregates: shapes of the stats documents written by functions, and the pure
 * arithmetic that builds them (per class from pupils' `risk/current`, per school from its
 * classes, per Ambito from its schools with small counts suppressed).
 *
 * Paths: `schools/{s}/stats/class_{classId}`, `schools/{s}/stats/school`,
 * `districts/{d}/stats/schools`. Everything here is recomputed from its sources, never
 * incremented, so a retried or reordered event cannot make a count drift.
 */
import { z } from 'zod';
import { canonicalJson } from './common';
import { L2_SKILLS, type L2Skill } from './l2';
import { L2_HISTOGRAM_KEYS, l2SkillsMovedUp, type PupilSummary } from './pupil-summary';
import { FOLLOW_UP_CODES, riskLevelSchema, type FollowUpCode, type RiskLevel } from './risk';
import { currentTerm, RISK_FLAG_CODES, type RiskContext } from './risk-engine';
import { SCHOOL_LEVELS } from './school-class';

/** Ids of the stats documents under `schools/{s}/stats` and `districts/{d}/stats`. */
export const STATS_DOC_IDS = {
  school: 'school',
  classPrefix: 'class_',
  district: 'schools',
} as const;

export function classStatsDocId(classId: string): string {
  return `${STATS_DOC_IDS.classPrefix}${classId}`;
}

/** Counts of 3 or fewer are published as this marker (as the Ministry does). */
export const SUPPRESSED = '<=3' as const;
export const SUPPRESSION_MAX = 3;

/** Entries in the head's "to act on" and "NAI without PDP" lists, per document. */
export const STATS_LIST_LIMIT = 500;

const count = z.number().int().min(0);
const levelCountsSchema = z.object({ green: count, amber: count, red: count });
export type LevelCounts = z.infer<typeof levelCountsSchema>;

const perSkill = <T extends z.ZodType>(value: T) =>
  z.object({
    ascolto: value,
    lettura: value,
    parlato: value,
    interazione: value,
    scrittura: value,
  });

/** Aggregates of a group of pupils (a class, a school): counts, never pupil ids. */
export const groupStatsSchema = z.object({
  pupils: count,
  /** By the engine's level, and by the level after people's reviews (what they act on). */
  byLevel: levelCountsSchema,
  byReviewedLevel: levelCountsSchema,
  /** Pupils carrying each flag code (amber or red). */
  byFlag: z.record(z.string(), count),
  /** Latest L2 level per skill, with "none" for pupils never assessed. */
  l2ByLevel: perSkill(z.record(z.string(), count)),
  /** Pupils whose level in the skill rose since the first assessment of the school year. */
  l2MovedUp: perSkill(count),
  /** Pupils who moved up in at least one skill. */
  l2MovedUpAny: count,
  /** Pupils assessed at least once this school year. */
  l2AssessedThisYear: count,
  activeIntervention: count,
  familyContactThisTerm: count,
  tutoringMinutes: count,
  /** Pupils with at least one attended tutoring minute this year. */
  tutoredPupils: count,
  nai: count,
  naiWithoutPdp: count,
  /** Red after review and no active intervention: the list to act on. */
  redWithoutIntervention: count,
  /**
   * Open follow-ups per code, and those past their due day at `computedAt` (a stats document
   * is rewritten when a pupil's risk changes, so the overdue count is as of that moment).
   * Defaults read documents written before follow-ups existed.
   */
  followUpsOpen: z.record(z.enum(FOLLOW_UP_CODES), count).default(() => zeroFollowUps()),
  followUpsOverdue: count.default(0),
});
export type GroupStats = z.infer<typeof groupStatsSchema>;

/** A per-term snapshot of the distribution, for the trend. */
export const trendPointSchema = z.object({
  pupils: count,
  byLevel: levelCountsSchema,
  byReviewedLevel: levelCountsSchema,
  activeIntervention: count,
  familyContactThisTerm: count,
  l2MovedUpAny: count,
  redWithoutIntervention: count,
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/** One pupil in a list the head acts on (the head and referent may read every pupil). */
export const statsPupilEntrySchema = z.object({
  pupilId: z.string(),
  name: z.string(),
  classId: z.string(),
  reviewedLevel: riskLevelSchema,
  score: z.number(),
  flags: z.array(z.string()),
});
export type StatsPupilEntry = z.infer<typeof statsPupilEntrySchema>;

const classInfoSchema = z.object({
  classId: z.string(),
  className: z.string(),
  classYear: z.number().int(),
  schoolLevel: z.enum(SCHOOL_LEVELS),
});
export type ClassInfo = z.infer<typeof classInfoSchema>;

/** `schools/{s}/stats/class_{classId}`. */
export const classStatsSchema = classInfoSchema.extend({
  kind: z.literal('class'),
  schoolId: z.string(),
  computedAt: z.date(),
  currentTerm: z.string(),
  stats: groupStatsSchema,
  toAct: z.array(statsPupilEntrySchema),
  naiWithoutPdp: z.array(statsPupilEntrySchema),
  /** Term key ("2026-27_T1") -> snapshot; the current term is rewritten, older ones kept. */
  trend: z.record(z.string(), trendPointSchema),
});
export type ClassStats = z.infer<typeof classStatsSchema>;

/** `schools/{s}/stats/school`. */
export const schoolStatsSchema = z.object({
  kind: z.literal('school'),
  schoolId: z.string(),
  schoolName: z.string(),
  districtId: z.string(),
  computedAt: z.date(),
  currentTerm: z.string(),
  stats: groupStatsSchema,
  byClass: z.array(classInfoSchema.extend({ stats: groupStatsSchema })),
  /** Sorted by score, highest first; `toActTotal` counts those beyond the limit too. */
  toAct: z.array(statsPupilEntrySchema),
  toActTotal: count,
  naiWithoutPdp: z.array(statsPupilEntrySchema),
  trend: z.record(z.string(), trendPointSchema),
});
export type SchoolStats = z.infer<typeof schoolStatsSchema>;

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

// ---------------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------------

/** What the aggregates read from one pupil's `risk/current` (and the pupil's name). */
export interface StatsPupilRow {
  pupilId: string;
  name: string;
  level: RiskLevel;
  reviewedLevel: RiskLevel;
  score: number;
  flagCodes: string[];
  /** Open follow-ups (rows built without them, as in fixtures, count none). */
  followUps?: readonly { code: FollowUpCode; due: Date }[];
  summary: PupilSummary;
}

/** Trend key of the term containing `asOf`: "2026-27_T1" (sorts in time order). */
export function termKey(schoolYear: string, term: number): string {
  return `${schoolYear.replace('/', '-')}_T${term}`;
}

/** Trend key at `asOf` for a school's term system. */
export function termKeyAt(asOf: Date, termSystem: RiskContext['termSystem']): string {
  const start = asOf.getUTCMonth() >= 8 ? asOf.getUTCFullYear() : asOf.getUTCFullYear() - 1;
  const schoolYear = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  return termKey(schoolYear, currentTerm(asOf, termSystem));
}

const zeroLevels = (): LevelCounts => ({ green: 0, amber: 0, red: 0 });
function zeroFollowUps(): Record<FollowUpCode, number> {
  return Object.fromEntries(FOLLOW_UP_CODES.map((c) => [c, 0])) as Record<FollowUpCode, number>;
}
const zeroPerSkill = <T>(make: () => T): Record<L2Skill, T> =>
  Object.fromEntries(L2_SKILLS.map((s) => [s, make()])) as Record<L2Skill, T>;
const zeroHistogram = (): Record<string, number> =>
  Object.fromEntries(L2_HISTOGRAM_KEYS.map((k) => [k, 0]));

/** Empty aggregates, with every key present so charts need no special cases. */
export function emptyGroupStats(): GroupStats {
  return {
    pupils: 0,
    byLevel: zeroLevels(),
    byReviewedLevel: zeroLevels(),
    byFlag: Object.fromEntries(RISK_FLAG_CODES.map((c) => [c, 0])),
    l2ByLevel: zeroPerSkill(zeroHistogram),
    l2MovedUp: zeroPerSkill(() => 0),
    l2MovedUpAny: 0,
    l2AssessedThisYear: 0,
    activeIntervention: 0,
    familyContactThisTerm: 0,
    tutoringMinutes: 0,
    tutoredPupils: 0,
    nai: 0,
    naiWithoutPdp: 0,
    redWithoutIntervention: 0,
    followUpsOpen: zeroFollowUps(),
    followUpsOverdue: 0,
  };
}

/** Red after review and no active intervention. */
export function needsAction(row: Pick<StatsPupilRow, 'reviewedLevel' | 'summary'>): boolean {
  return row.reviewedLevel === 'red' && !row.summary.activeIntervention;
}

/** Aggregates of a group of pupils; a follow-up due before `asOf` is overdue. */
export function aggregatePupils(rows: readonly StatsPupilRow[], asOf: Date): GroupStats {
  const s = emptyGroupStats();
  for (const row of rows) {
    for (const followUp of row.followUps ?? []) {
      s.followUpsOpen[followUp.code] += 1;
      if (followUp.due.getTime() < asOf.getTime()) s.followUpsOverdue += 1;
    }
    const sum = row.summary;
    s.pupils += 1;
    s.byLevel[row.level] += 1;
    s.byReviewedLevel[row.reviewedLevel] += 1;
    for (const code of new Set(row.flagCodes)) s.byFlag[code] = (s.byFlag[code] ?? 0) + 1;
    for (const skill of L2_SKILLS) {
      const key = sum.l2Latest ? sum.l2Latest[skill] : 'none';
      s.l2ByLevel[skill][key] = (s.l2ByLevel[skill][key] ?? 0) + 1;
    }
    const moved = l2SkillsMovedUp(sum);
    for (const skill of moved) s.l2MovedUp[skill] += 1;
    if (moved.length > 0) s.l2MovedUpAny += 1;
    if (sum.l2YearStart) s.l2AssessedThisYear += 1;
    if (sum.activeIntervention) s.activeIntervention += 1;
    if (sum.familyContactThisTerm) s.familyContactThisTerm += 1;
    s.tutoringMinutes += sum.tutoringMinutesThisYear;
    if (sum.tutoringMinutesThisYear > 0) s.tutoredPupils += 1;
    if (sum.nai) s.nai += 1;
    if (sum.nai && !sum.pdp) s.naiWithoutPdp += 1;
    if (needsAction(row)) s.redWithoutIntervention += 1;
  }
  return s;
}

function addRecords(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function addLevels(a: LevelCounts, b: LevelCounts): LevelCounts {
  return { green: a.green + b.green, amber: a.amber + b.amber, red: a.red + b.red };
}

/** Sum of groups (a school from its classes; a filtered view in the browser). */
export function sumGroupStats(groups: readonly GroupStats[]): GroupStats {
  return groups.reduce<GroupStats>((acc, g) => {
    const l2ByLevel = zeroPerSkill<Record<string, number>>(() => ({}));
    const l2MovedUp = zeroPerSkill(() => 0);
    for (const skill of L2_SKILLS) {
      l2ByLevel[skill] = addRecords(acc.l2ByLevel[skill], g.l2ByLevel[skill]);
      l2MovedUp[skill] = acc.l2MovedUp[skill] + g.l2MovedUp[skill];
    }
    return {
      pupils: acc.pupils + g.pupils,
      byLevel: addLevels(acc.byLevel, g.byLevel),
      byReviewedLevel: addLevels(acc.byReviewedLevel, g.byReviewedLevel),
      byFlag: addRecords(acc.byFlag, g.byFlag),
      l2ByLevel,
      l2MovedUp,
      l2MovedUpAny: acc.l2MovedUpAny + g.l2MovedUpAny,
      l2AssessedThisYear: acc.l2AssessedThisYear + g.l2AssessedThisYear,
      activeIntervention: acc.activeIntervention + g.activeIntervention,
      familyContactThisTerm: acc.familyContactThisTerm + g.familyContactThisTerm,
      tutoringMinutes: acc.tutoringMinutes + g.tutoringMinutes,
      tutoredPupils: acc.tutoredPupils + g.tutoredPupils,
      nai: acc.nai + g.nai,
      naiWithoutPdp: acc.naiWithoutPdp + g.naiWithoutPdp,
      redWithoutIntervention: acc.redWithoutIntervention + g.redWithoutIntervention,
      followUpsOpen: Object.fromEntries(
        FOLLOW_UP_CODES.map((c) => [c, acc.followUpsOpen[c] + g.followUpsOpen[c]]),
      ) as Record<FollowUpCode, number>,
      followUpsOverdue: acc.followUpsOverdue + g.followUpsOverdue,
    };
  }, emptyGroupStats());
}

/** The trend snapshot of a group. */
export function trendPointOf(s: GroupStats): TrendPoint {
  return {
    pupils: s.pupils,
    byLevel: { ...s.byLevel },
    byReviewedLevel: { ...s.byReviewedLevel },
    activeIntervention: s.activeIntervention,
    familyContactThisTerm: s.familyContactThisTerm,
    l2MovedUpAny: s.l2MovedUpAny,
    redWithoutIntervention: s.redWithoutIntervention,
  };
}

/** Highest score first, then by name and id, so equal inputs give equal documents. */
export function sortPupilEntries(entries: readonly StatsPupilEntry[]): StatsPupilEntry[] {
  return [...entries].sort(
    (a, b) =>
      b.score - a.score ||
      a.name.localeCompare(b.name, 'it') ||
      (a.pupilId < b.pupilId ? -1 : a.pupilId > b.pupilId ? 1 : 0),
  );
}

/** The class document, from the class's pupils; `previousTrend` keeps earlier terms. */
export function buildClassStats(input: {
  schoolId: string;
  info: ClassInfo;
  rows: readonly StatsPupilRow[];
  currentTerm: string;
  previousTrend: Record<string, TrendPoint>;
  computedAt: Date;
}): ClassStats {
  const stats = aggregatePupils(input.rows, input.computedAt);
  const entry = (r: StatsPupilRow): StatsPupilEntry => ({
    pupilId: r.pupilId,
    name: r.name,
    classId: input.info.classId,
    reviewedLevel: r.reviewedLevel,
    score: r.score,
    flags: [...r.flagCodes],
  });
  return {
    kind: 'class',
    schoolId: input.schoolId,
    ...input.info,
    computedAt: input.computedAt,
    currentTerm: input.currentTerm,
    stats,
    toAct: sortPupilEntries(input.rows.filter(needsAction).map(entry)).slice(0, STATS_LIST_LIMIT),
    naiWithoutPdp: sortPupilEntries(
      input.rows.filter((r) => r.summary.nai && !r.summary.pdp).map(entry),
    ).slice(0, STATS_LIST_LIMIT),
    trend: { ...input.previousTrend, [input.currentTerm]: trendPointOf(stats) },
  };
}

/** The school document, from its class documents. */
export function buildSchoolStats(input: {
  schoolId: string;
  schoolName: string;
  districtId: string;
  classes: readonly ClassStats[];
  currentTerm: string;
  previousTrend: Record<string, TrendPoint>;
  computedAt: Date;
}): SchoolStats {
  const classes = [...input.classes]
    .filter((c) => c.stats.pupils > 0)
    .sort(
      (a, b) =>
        a.className.localeCompare(b.className, 'it', { numeric: true }) ||
        (a.classId < b.classId ? -1 : 1),
    );
  const stats = sumGroupStats(classes.map((c) => c.stats));
  const toAct = sortPupilEntries(classes.flatMap((c) => c.toAct));
  return {
    kind: 'school',
    schoolId: input.schoolId,
    schoolName: input.schoolName,
    districtId: input.districtId,
    computedAt: input.computedAt,
    currentTerm: input.currentTerm,
    stats,
    byClass: classes.map((c) => ({
      classId: c.classId,
      className: c.className,
      classYear: c.classYear,
      schoolLevel: c.schoolLevel,
      stats: c.stats,
    })),
    toAct: toAct.slice(0, STATS_LIST_LIMIT),
    toActTotal: stats.redWithoutIntervention,
    naiWithoutPdp: sortPupilEntries(classes.flatMap((c) => c.naiWithoutPdp)).slice(
      0,
      STATS_LIST_LIMIT,
    ),
    trend: { ...input.previousTrend, [input.currentTerm]: trendPointOf(stats) },
  };
}

// ---------------------------------------------------------------------------------------------
// Suppression (what leaves the school for the Ambito)
// ---------------------------------------------------------------------------------------------

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

function suppressRecord(r: Record<string, number>): Record<string, SuppressedCount> {
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

/** Equal documents apart from `computedAt`: nothing to write (and no trigger to fire). */
export function sameStats(a: { computedAt: Date }, b: { computedAt: Date }): boolean {
  const { computedAt: _a, ...restA } = a;
  const { computedAt: _b, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}

/** Share as a whole percentage, or null when there is no one to divide by. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}
