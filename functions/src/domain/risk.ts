import { z } from 'zod';
import { dateSchema, idSchema, text } from './common';
import { pupilSummarySchema } from './pupil-summary';

export const RISK_LEVELS = ['green', 'amber', 'red'] as const;
export const riskLevelSchema = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

const sentenceSchema = z.object({ it: z.string(), en: z.string() });
const evidenceSchema = z.record(
  z.string(),
  z.union([z.number(), z.string(), z.boolean(), z.null()]),
);

/**
 * How a flag enters the predicted level (see `combineRiskLevel`):
 * - `academic`: marks carry the level (mean mark, failing subjects, conduct below 6);
 * - `context`: absences under the high bar, ritardo, L2 pace, a bare-pass conduct: they raise
 *   an academic level, never a level of their own;
 * - `standalone`: a context signal beyond its own high bar (absences past the legal limit),
 *   which sets a level by itself;
 * - `detail`: shown because it explains the marks (failing subjects next to a mean mark, a
 *   bare-pass conduct), never changes the level: on real outcomes it added false alarms only.
 */
export const FLAG_ROLES = ['academic', 'context', 'standalone', 'detail'] as const;
export type FlagRole = (typeof FLAG_ROLES)[number];

export const riskFlagSchema = z.object({
  /** Stable code, e.g. "absences", "failingSubjects". */
  code: z.string(),
  level: z.enum(['amber', 'red']),
  role: z.enum(FLAG_ROLES),
  evidence: evidenceSchema,
  sentence: sentenceSchema,
});
export type RiskFlag = z.infer<typeof riskFlagSchema>;

export const protectiveSignalSchema = z.object({
  code: z.string(),
  sentence: sentenceSchema,
});
export type ProtectiveSignal = z.infer<typeof protectiveSignalSchema>;

/** Follow-up work: never part of the predicted level. */
export const FOLLOW_UP_CODES = [
  'familyMeeting',
  'mediatorMissing',
  'naiPdp',
  'sessionGap',
  'examChecklist',
] as const;
export type FollowUpCode = (typeof FOLLOW_UP_CODES)[number];

/**
 * Who owns a follow-up, as a role of the pupil's school: `coordinator` = the class
 * coordinator, `referent` = the school's referents, `assigned` = the educators and L2 teachers
 * assigned to the pupil (the referents when there are none).
 */
export const FOLLOW_UP_OWNERS = ['coordinator', 'referent', 'assigned'] as const;
export type FollowUpOwner = (typeof FOLLOW_UP_OWNERS)[number];

/** A task the engine found (no family meeting this term, PDP missing, ...). */
export const followUpSchema = z.object({
  code: z.enum(FOLLOW_UP_CODES),
  owner: z.enum(FOLLOW_UP_OWNERS),
  /** Day the work is due (UTC midnight); past = overdue. */
  due: dateSchema,
  evidence: evidenceSchema,
  sentence: sentenceSchema,
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** A follow-up as stored: the owner role resolved to people by the function. */
export const storedFollowUpSchema = followUpSchema.extend({
  ownerUids: z.array(idSchema).max(50),
});
export type StoredFollowUp = z.infer<typeof storedFollowUpSchema>;

/** The engine's result (`assessRisk`) as the functions store it, without context fields. */
export const riskAssessmentSchema = z.object({
  level: riskLevelSchema,
  /** One sentence that says why the level is what it is, built from the flags. */
  levelReason: sentenceSchema,
  score: z.number(),
  flags: z.array(riskFlagSchema),
  followUps: z.array(followUpSchema),
  protective: z.array(protectiveSignalSchema),
  engineVersion: z.string(),
});
export type RiskAssessment = z.infer<typeof riskAssessmentSchema>;

// Human review of flags (GDPR art. 22: flags advise, people decide).
export const FLAG_DECISIONS = ['confirmed', 'dismissed'] as const;
export type FlagDecision = (typeof FLAG_DECISIONS)[number];

export const flagReviewSchema = z.object({
  decision: z.enum(FLAG_DECISIONS),
  reason: text(500),
  byUid: idSchema,
  byName: z.string(),
  at: dateSchema,
  /** The flag's evidence when it was reviewed: a new evidence reopens the review. */
  evidenceKey: z.string(),
});
export type FlagReview = z.infer<typeof flagReviewSchema>;

/**
 * `schools/{s}/pupils/{p}/risk/current`, written by functions only: the engine's result, the
 * reviews that still apply, follow-ups with their owners, and the fields the queries need.
 */
export const storedRiskSchema = riskAssessmentSchema.extend({
  followUps: z.array(storedFollowUpSchema),
  reviews: z.record(z.string(), flagReviewSchema),
  /** The level with dismissed flags left out (`reviewedLevel`). */
  reviewedLevel: riskLevelSchema,
  /** Codes of the flags with no decision that still applies: the review queue. */
  pendingReview: z.array(z.string()),
  /** Union of the follow-ups' owners, for one `array-contains` query per person. */
  followUpOwnerUids: z.array(idSchema),
  classId: idSchema,
  schoolId: idSchema,
  computedAt: dateSchema,
  summary: pupilSummarySchema,
});
export type StoredRisk = z.infer<typeof storedRiskSchema>;

/** A follow-up as the need document carries it: what, by when, for whom; no evidence. */
export const needFollowUpSchema = storedFollowUpSchema.pick({
  code: true,
  owner: true,
  due: true,
  sentence: true,
  ownerUids: true,
});
export type NeedFollowUp = z.infer<typeof needFollowUpSchema>;

/**
 * `schools/{s}/pupils/{p}/need/current`, written by the risk function with `risk/current`:
 * what educators and L2 teachers may know of a pupil's risk (DOMAIN.md, "Who reads what"): the
 * reviewed level and the flag codes, never the marks, absences or conduct behind them, and
 * only the follow-ups the assigned staff own. A subcollection of its own, so that a
 * collection-group query on `need` never meets `risk/current`.
 */
export const pupilNeedSchema = z.strictObject({
  /** The reviewed level (dismissed flags left out). */
  level: riskLevelSchema,
  /** Codes of the flags that are not dismissed. */
  flagCodes: z.array(z.string()).max(20),
  score: z.number(),
  followUps: z.array(needFollowUpSchema).max(FOLLOW_UP_CODES.length),
  /** Union of the follow-ups' owners, for one `array-contains` query per person. */
  followUpOwnerUids: z.array(idSchema),
  /**
   * The latest Italian L2 levels (educators read the L2 tests anyway): the planning caseload
   * gets level and L2 in one read per pupil.
   */
  l2Latest: pupilSummarySchema.shape.l2Latest,
  classId: idSchema,
  schoolId: idSchema,
  computedAt: dateSchema,
});
export type PupilNeed = z.infer<typeof pupilNeedSchema>;

/** Follow-ups of the assigned staff (a session gap), for the need document. */
export function needFollowUps(followUps: readonly StoredFollowUp[]): NeedFollowUp[] {
  return followUps
    .filter((f) => f.owner === 'assigned' && f.code === 'sessionGap')
    .map(({ code, owner, due, sentence, ownerUids }) => ({
      code,
      owner,
      due,
      sentence,
      ownerUids,
    }));
}

/**
 * The need document of an assessment: the reviewed level, the codes of the flags that still
 * count (dismissed ones left out) and the assigned staff's follow-ups. Nothing of the evidence.
 */
export function pupilNeedOf(
  risk: Pick<
    StoredRisk,
    | 'reviewedLevel'
    | 'flags'
    | 'reviews'
    | 'score'
    | 'followUps'
    | 'classId'
    | 'schoolId'
    | 'computedAt'
    | 'summary'
  >,
): PupilNeed {
  const followUps = needFollowUps(risk.followUps);
  return {
    level: risk.reviewedLevel,
    flagCodes: risk.flags
      .filter((f) => risk.reviews[f.code]?.decision !== 'dismissed')
      .map((f) => f.code),
    score: risk.score,
    followUps,
    followUpOwnerUids: [...new Set(followUps.flatMap((f) => f.ownerUids))].sort(),
    l2Latest: risk.summary.l2Latest,
    classId: risk.classId,
    schoolId: risk.schoolId,
    computedAt: risk.computedAt,
  };
}

/** `schools/{s}/pupils/{p}/riskHistory/{id}` after a recompute that changed level or flags. */
export const riskRecomputeEntrySchema = z.object({
  at: dateSchema,
  cause: z.literal('recompute'),
  level: riskLevelSchema,
  previousLevel: riskLevelSchema.nullable(),
  flags: z.array(z.object({ code: z.string(), level: z.enum(['amber', 'red']) })),
  engineVersion: z.string(),
});

/** `schools/{s}/pupils/{p}/riskHistory/{id}` after a person's decision on a flag. */
export const riskReviewEntrySchema = z.object({
  at: dateSchema,
  cause: z.literal('review'),
  code: z.string(),
  decision: z.enum(FLAG_DECISIONS),
  reason: z.string(),
  byUid: idSchema.optional(),
  byName: z.string(),
  level: riskLevelSchema,
  reviewedLevel: riskLevelSchema,
});

export const riskHistoryEntrySchema = z.discriminatedUnion('cause', [
  riskRecomputeEntrySchema,
  riskReviewEntrySchema,
]);
export type RiskHistoryEntry = z.infer<typeof riskHistoryEntrySchema>;

/** Most pupils one daily notification lists by name; the rest are counted. */
export const NOTIFICATION_MAX_PUPILS = 50;

/**
 * `users/{uid}/notifications/{id}`: the pupils whose level rose on one day, grouped (id
 * `riskRaised-YYYY-MM-DD`), so a person gets one notification a day, not one per pupil.
 */
export const riskNotificationSchema = z.object({
  type: z.literal('riskRaisedDaily'),
  schoolId: idSchema,
  /** Day (YYYY-MM-DD, UTC). */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  pupils: z
    .array(
      z.object({
        pupilId: idSchema,
        pupilName: z.string(),
        className: z.string(),
        level: riskLevelSchema,
        previousLevel: riskLevelSchema,
      }),
    )
    .max(NOTIFICATION_MAX_PUPILS),
  /** The listed pupils' ids, for one `array-contains` query when a pupil is erased. */
  pupilIds: z.array(idSchema).max(NOTIFICATION_MAX_PUPILS),
  /** All pupils whose level rose that day, also those beyond `NOTIFICATION_MAX_PUPILS`. */
  total: z.number().int().min(1),
  createdAt: dateSchema,
  updatedAt: dateSchema,
  read: z.boolean(),
});
export type RiskNotification = z.infer<typeof riskNotificationSchema>;

/**
 * A notification without one pupil (erased or transferred out): its line and id go, the total
 * drops by one; null when no listed pupil is left (the notification is then deleted).
 */
export function withoutPupil(n: RiskNotification, pupilId: string): RiskNotification | null {
  const pupils = n.pupils.filter((p) => p.pupilId !== pupilId);
  if (pupils.length === n.pupils.length) return n;
  if (pupils.length === 0) return null;
  return { ...n, pupils, pupilIds: pupils.map((p) => p.pupilId), total: Math.max(1, n.total - 1) };
}

/** Id of a person's notification for the rises of one day. */
export function riskNotificationId(day: string): string {
  return `riskRaised-${day}`;
}
