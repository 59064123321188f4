import { z } from 'zod';
import { canonicalJson, idSchema, text } from './common';
import { FLAG_DECISIONS, type FlagReview, type RiskFlag, type RiskLevel } from './risk';
import { combineRiskLevel } from './risk-engine';

// Human review of flags (GDPR art. 22: flags advise, people decide). The stored review
// (`flagReviewSchema`) lives in ./risk with the document it belongs to.

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
 * The level people act on: the engine's rule (`combineRiskLevel`) applied to the flags that
 * nobody dismissed.
 */
export function reviewedLevel(
  flags: readonly RiskFlag[],
  reviews: Readonly<Record<string, FlagReview>>,
): RiskLevel {
  return combineRiskLevel(flags.filter((f) => reviews[f.code]?.decision !== 'dismissed')).level;
}

/** Codes of the flags that wait for a person's decision (none, or one made on other evidence). */
export function pendingReviewCodes(
  flags: readonly RiskFlag[],
  reviews: Readonly<Record<string, FlagReview>>,
): string[] {
  return flags.filter((f) => reviews[f.code]?.evidenceKey !== evidenceKey(f)).map((f) => f.code);
}
