/**
 * The dashboards' documents as a school reads them (stats.ts): shapes of the class and school
 * stats documents, and their empty values with every key present.
 */
import { z } from 'zod';
import { L2_SKILLS, type L2Skill } from './l2';
import { L2_HISTOGRAM_KEYS } from './pupil-summary';
import { FOLLOW_UP_CODES, riskLevelSchema, type FollowUpCode } from './risk';
import { RISK_FLAG_CODES } from './risk-engine';
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

/** Entries in the head's "to act on" and "NAI without PDP" lists, per document. */
export const STATS_LIST_LIMIT = 500;

const count = z.number().int().min(0);
const levelCountsSchema = z.object({ green: count, amber: count, red: count });
export type LevelCounts = z.infer<typeof levelCountsSchema>;

/** The same value for each L2 skill (a schema of one object per skill). */
export const perSkill = <T extends z.ZodType>(value: T) =>
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

const zeroLevels = (): LevelCounts => ({ green: 0, amber: 0, red: 0 });
function zeroFollowUps(): Record<FollowUpCode, number> {
  return Object.fromEntries(FOLLOW_UP_CODES.map((c) => [c, 0])) as Record<FollowUpCode, number>;
}
/** One fresh value per L2 skill. */
export const zeroPerSkill = <T>(make: () => T): Record<L2Skill, T> =>
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
