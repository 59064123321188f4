/**
 * The dashboards' arithmetic (stats.ts): per class from its pupils' `risk/current`, per school
 * from its classes, with the trend snapshots and the lists the head acts on.
 */
import { canonicalJson } from './common';
import { L2_SKILLS } from './l2';
import { l2SkillsMovedUp, type PupilSummary } from './pupil-summary';
import { FOLLOW_UP_CODES, type FollowUpCode, type RiskLevel } from './risk';
import { currentTerm, type RiskContext } from './risk-engine';
import {
  STATS_LIST_LIMIT,
  emptyGroupStats,
  zeroPerSkill,
  type ClassInfo,
  type ClassStats,
  type GroupStats,
  type LevelCounts,
  type SchoolStats,
  type StatsPupilEntry,
  type TrendPoint,
} from './stats-documents';

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

/** Sum of two records of counts, key by key (a key missing on one side counts 0). */
export function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out as T;
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
      l2ByLevel[skill] = addCounts(acc.l2ByLevel[skill], g.l2ByLevel[skill]);
      l2MovedUp[skill] = acc.l2MovedUp[skill] + g.l2MovedUp[skill];
    }
    return {
      pupils: acc.pupils + g.pupils,
      byLevel: addLevels(acc.byLevel, g.byLevel),
      byReviewedLevel: addLevels(acc.byReviewedLevel, g.byReviewedLevel),
      byFlag: addCounts(acc.byFlag, g.byFlag),
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
