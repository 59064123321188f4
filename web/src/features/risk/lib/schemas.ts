import { z } from 'zod';
import {
  FLAG_DECISIONS,
  dateSchema,
  flagReviewSchema,
  idSchema,
  reviewedLevel,
  riskAssessmentSchema,
  riskLevelSchema,
} from '@domain';

// What the functions store about risk, as the web reads it. The domain has the engine's
// result (`riskAssessmentSchema`) and one review (`flagReviewSchema`); these add what
// functions/src/risk/recompute-pupil.ts writes around them. Fields the panel does not show
// (summary, schoolId) are stripped by z.object.

/** `schools/{s}/pupils/{p}/risk/current`. */
export const storedRiskSchema = riskAssessmentSchema
  .extend({
    reviews: z.record(z.string(), flagReviewSchema).default({}),
    reviewedLevel: riskLevelSchema.optional(),
  })
  // Documents written before reviews existed have no reviewedLevel: same rule as the callable.
  .transform((risk) => ({
    ...risk,
    reviewedLevel: risk.reviewedLevel ?? reviewedLevel(risk.flags, risk.reviews),
  }));
export type StoredRisk = z.output<typeof storedRiskSchema>;

const recomputeEntrySchema = z.object({
  at: dateSchema,
  cause: z.literal('recompute'),
  level: riskLevelSchema,
  previousLevel: riskLevelSchema.nullable(),
  flags: z.array(z.object({ code: z.string(), level: z.enum(['amber', 'red']) })),
});

const reviewEntrySchema = z.object({
  at: dateSchema,
  cause: z.literal('review'),
  code: z.string(),
  decision: z.enum(FLAG_DECISIONS),
  reason: z.string(),
  byName: z.string(),
  level: riskLevelSchema,
  reviewedLevel: riskLevelSchema,
});

/** `schools/{s}/pupils/{p}/riskHistory/{id}`: a recompute that changed flags, or a review. */
export const riskHistoryEntrySchema = z.discriminatedUnion('cause', [
  recomputeEntrySchema,
  reviewEntrySchema,
]);
export type RiskHistoryEntry = z.output<typeof riskHistoryEntrySchema>;

/** `users/{uid}/notifications/{id}`: the level of a pupil rose. */
export const riskNotificationSchema = z.object({
  type: z.literal('riskRaised'),
  schoolId: idSchema,
  pupilId: idSchema,
  pupilName: z.string(),
  className: z.string(),
  level: riskLevelSchema,
  previousLevel: riskLevelSchema,
  createdAt: dateSchema,
  read: z.boolean(),
});
export type RiskNotification = z.output<typeof riskNotificationSchema>;
