import { useMutation, useQueryClient } from '@tanstack/react-query';
import { httpsCallable } from 'firebase/functions';
import type { ReviewFlagInput, RiskLevel } from '@domain';
import { functions } from '@/lib/functions';
import { queryKeys, type RiskScope } from '@/lib/query-keys';

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
 * `risk/current` and `riskHistory` are live listeners (see get-risk.ts), so the review shows as
 * soon as the function has written it; the viewer's review queue (`queue`, when they have one)
 * is the one fetched list it changes, refreshed by its exact key.
 */
export function useReviewFlag(queue?: { schoolId: string; scope: RiskScope }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewFlag,
    onSuccess: () =>
      queue &&
      queryClient.invalidateQueries({
        queryKey: queryKeys.risk.reviewQueue(queue.schoolId, queue.scope),
        exact: true,
      }),
  });
}
