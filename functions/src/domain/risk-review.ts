import { z } from 'zod';
import { canonicalJson, dateSchema, idSchema, text } from './common';
import type { RiskFlag, RiskLevel } from './risk';

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

export const reviewFlagInputSchema = z.strictObject({
  schoolId: idSchema,
  pupilId: idSchema,
  code: z.string().min(1).max(40),
  decision: z.enum(FLAG_DECISIONS, { error: 'validation.invalidChoice' }),
  reason: text(500),
});
export type ReviewFlagInput = z.infer<typeof reviewFlagInputSchema>;

/** Canonical text of what a flag says (code, level, evidence), independent of key order. */
export function evidenceKey(flag: Pick<RiskFlag, 'code' | 'level' | 'evidence'>): string {
  return canonicalJson([flag.code, flag.level, flag.evidence]);
}

/**
 * Reviews that still apply: one per current flag whose evidence is unchanged since the review.
 * A flag that went away, or whose evidence changed, loses its review and asks for a new one.
 */
export function carryOverReviews(
  flags: readonly RiskFlag[],
  reviews: Readonly<Record<string, FlagReview>>,
): Record<string, FlagReview> {
  const kept: Record<string, FlagReview> = {};
  for (const flag of flags) {
    const review = reviews[flag.code];
    if (review && review.evidenceKey === evidenceKey(flag)) kept[flag.code] = review;
  }
  return kept;
}

/**
 * The level people act on: the engine's rule (any red, or three or more amber, is red)
 * applied to the flags that nobody dismissed.
 */
export function reviewedLevel(
  flags: readonly RiskFlag[],
  reviews: Readonly<Record<string, FlagReview>>,
): RiskLevel {
  const open = flags.filter((f) => reviews[f.code]?.decision !== 'dismissed');
  if (open.some((f) => f.level === 'red') || open.length >= 3) return 'red';
  return open.length > 0 ? 'amber' : 'green';
}
