import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { getDocs, query, where } from 'firebase/firestore';
import type { RiskLevel } from '@domain';
import { queryKeys } from '@/lib/query-keys';
import { readRisks, riskGroup } from './risk-refs';

/** What a pupil list shows of an assessment. */
export type PupilNeed = { reviewedLevel: RiskLevel; score: number; openFollowUps: number };

/** Pupils of the whole school (`'school'`), or of these classes. */
export type ClassRiskScope = 'school' | readonly string[];

/**
 * Level and open follow-ups of many pupils in a few reads: one collection-group query for the
 * school, or one per class (the rules check each query's classId), instead of one per pupil.
 */
export async function getClassRisks(
  schoolId: string,
  scope: ClassRiskScope,
): Promise<Map<string, PupilNeed>> {
  const base = query(riskGroup(), where('schoolId', '==', schoolId));
  const queries =
    scope === 'school'
      ? [base]
      : scope.map((classId) => query(base, where('classId', '==', classId)));
  const snapshots = await Promise.all(queries.map((q) => getDocs(q)));
  const needs = new Map<string, PupilNeed>();
  for (const snapshot of snapshots) {
    for (const risk of readRisks(snapshot).items) {
      needs.set(risk.pupilId, {
        reviewedLevel: risk.reviewedLevel,
        score: risk.score,
        openFollowUps: risk.followUps.length,
      });
    }
  }
  return needs;
}

export const classRisksQueryOptions = (schoolId: string, scope: ClassRiskScope | null) =>
  queryOptions({
    queryKey: queryKeys.risk.pupilNeeds(
      schoolId,
      scope === null ? [] : scope === 'school' ? scope : [...scope].sort(),
    ),
    queryFn:
      scope === null || scope.length === 0 ? skipToken : () => getClassRisks(schoolId, scope),
  });

/** `scope: null` reads nothing (a role whose list shows no level). */
export function useClassRisks(schoolId: string, scope: ClassRiskScope | null) {
  return useQuery(classRisksQueryOptions(schoolId, scope));
}
