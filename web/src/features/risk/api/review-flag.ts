import { useMutation } from '@tanstack/react-query';
import { httpsCallable } from 'firebase/functions';
import type { ReviewFlagInput, RiskLevel } from '@domain';
import { functions } from '@/lib/functions';

export type ReviewFlagResult = { reviewedLevel: RiskLevel };

const reviewFlagCallable = httpsCallable<ReviewFlagInput, ReviewFlagResult>(
  functions,
  'reviewFlag',
);

/**
 * Confirms or dismisses one flag (callable `reviewFlag`). A refusal is an HttpsError with the
 * Italian message and `details.en` (see lib/callable-error.ts).
 */
export async function reviewFlag(input: ReviewFlagInput): Promise<ReviewFlagResult> {
  return (await reviewFlagCallable(input)).data;
}

/**
 * Nothing to invalidate: `risk/current` and `riskHistory` are live listeners (see get-risk.ts),
 * so the review shows as soon as the function has written it.
 */
export function useReviewFlag() {
  return useMutation({ mutationFn: reviewFlag });
}
