import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getDocs, query, where } from 'firebase/firestore';
import { pendingReviewCodes, riskLevelRank, type RiskFlag, type RiskLevel } from '@domain';
import { queryKeys, type RiskScope } from '@/lib/query-keys';
import { classNames, coordinatedClassIds, scopePupilNames } from './pupil-names';
import { readRisks, riskGroup, type PupilRisk } from './risk-refs';
import { reviewFlag } from './review-flag';

/** One flag waiting for a person's decision, with the pupil it is about. */
export type ReviewQueueItem = {
  /** `pupilId/code`: unique in a queue. */
  key: string;
  pupilId: string;
  pupilName: string | null;
  classId: string;
  className: string | null;
  score: number;
  reviewedLevel: RiskLevel;
  flag: RiskFlag;
};

export type ReviewQueue = { items: ReviewQueueItem[]; unreadable: number };

/**
 * The flags of an assessment that wait for a decision: those listed in `pendingReview` that a
 * review does not already cover. The second check keeps a flag decided a moment ago out of the
 * queue even if the stored list has not been rewritten yet.
 */
export function pendingFlags(risk: Pick<PupilRisk, 'flags' | 'reviews' | 'pendingReview'>) {
  const open = new Set(pendingReviewCodes(risk.flags, risk.reviews));
  return risk.flags.filter((f) => risk.pendingReview.includes(f.code) && open.has(f.code));
}

/** Highest score first; within a pupil, red flags first; then by name for a stable list. */
export function compareQueueItems(a: ReviewQueueItem, b: ReviewQueueItem): number {
  return (
    b.score - a.score ||
    a.pupilId.localeCompare(b.pupilId) ||
    riskLevelRank(b.flag.level) - riskLevelRank(a.flag.level) ||
    a.flag.code.localeCompare(b.flag.code)
  );
}

/**
 * The review queue: `collectionGroup('risk')` of the school (head, referent) or of each class
 * the coordinator leads (the rules check each query's classId), pending flags kept client-side.
 */
export async function getReviewQueue(schoolId: string, scope: RiskScope): Promise<ReviewQueue> {
  const classIds =
    scope.kind === 'coordinator' ? await coordinatedClassIds(schoolId, scope.uid) : [];
  const base = query(riskGroup(), where('schoolId', '==', schoolId));
  const riskQueries =
    scope.kind === 'school'
      ? [base]
      : classIds.map((classId) => query(base, where('classId', '==', classId)));
  const [snapshots, names, classes] = await Promise.all([
    Promise.all(riskQueries.map((q) => getDocs(q))),
    scopePupilNames(schoolId, scope, classIds),
    classNames(schoolId),
  ]);
  const items: ReviewQueueItem[] = [];
  let unreadable = 0;
  for (const snapshot of snapshots) {
    const read = readRisks(snapshot);
    unreadable += read.unreadable;
    for (const risk of read.items) {
      for (const flag of pendingFlags(risk)) {
        items.push({
          key: `${risk.pupilId}/${flag.code}`,
          pupilId: risk.pupilId,
          pupilName: names.get(risk.pupilId) ?? null,
          classId: risk.classId,
          className: classes.get(risk.classId) ?? null,
          score: risk.score,
          reviewedLevel: risk.reviewedLevel,
          flag,
        });
      }
    }
  }
  return { items: items.sort(compareQueueItems), unreadable };
}

export const reviewQueueQueryOptions = (schoolId: string, scope: RiskScope) =>
  queryOptions({
    queryKey: queryKeys.risk.reviewQueue(schoolId, scope),
    queryFn: () => getReviewQueue(schoolId, scope),
  });

export function useReviewQueue(schoolId: string, scope: RiskScope, enabled = true) {
  return useQuery({ ...reviewQueueQueryOptions(schoolId, scope), enabled });
}

export type QueueDecision = Pick<ReviewQueueItem, 'pupilId' | 'key'> & {
  code: string;
  decision: 'confirmed' | 'dismissed';
  reason: string;
};

/**
 * Confirms or dismisses a queued flag. The item leaves the cached queue at once, then exactly
 * this queue's key is refetched (the menu's count reads the same key).
 */
export function useDecideQueueItem(schoolId: string, scope: RiskScope) {
  const queryClient = useQueryClient();
  const queryKey = queryKeys.risk.reviewQueue(schoolId, scope);
  return useMutation({
    mutationFn: ({ pupilId, code, decision, reason }: QueueDecision) =>
      reviewFlag({ schoolId, pupilId, code, decision, reason }),
    onSuccess: async (_result, { key }) => {
      queryClient.setQueryData<ReviewQueue>(
        queryKey,
        (queue) => queue && { ...queue, items: queue.items.filter((item) => item.key !== key) },
      );
      await queryClient.invalidateQueries({ queryKey, exact: true });
    },
  });
}
