import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs, query, where } from 'firebase/firestore';
import type { StoredFollowUp } from '@domain';
import { queryKeys } from '@/lib/query-keys';
import { classNames, pupilNamesById } from './pupil-names';
import { readRisks, riskGroup } from './risk-refs';

/** One follow-up a person owns, with the pupil it is about. */
export type FollowUpItem = {
  key: string;
  pupilId: string;
  pupilName: string | null;
  classId: string;
  className: string | null;
  followUp: StoredFollowUp;
};

export type FollowUpList = { items: FollowUpItem[]; unreadable: number };

/** Earliest due first, so overdue work leads; then by pupil for a stable list. */
export function compareFollowUps(a: FollowUpItem, b: FollowUpItem): number {
  return (
    a.followUp.due.getTime() - b.followUp.due.getTime() ||
    (a.pupilName ?? a.pupilId).localeCompare(b.pupilName ?? b.pupilId, 'it')
  );
}

/**
 * The follow-ups of the school that name `uid` among their owners: one `array-contains` query
 * on `followUpOwnerUids`, then only the follow-ups of that person from each document.
 */
export async function getFollowUps(schoolId: string, uid: string): Promise<FollowUpList> {
  const snapshot = await getDocs(
    query(
      riskGroup(),
      where('schoolId', '==', schoolId),
      where('followUpOwnerUids', 'array-contains', uid),
    ),
  );
  const { items: risks, unreadable } = readRisks(snapshot);
  const [names, classes] = await Promise.all([
    pupilNamesById(
      schoolId,
      risks.map((r) => r.pupilId),
    ),
    classNames(schoolId),
  ]);
  const items = risks.flatMap((risk) =>
    risk.followUps
      .filter((f) => f.ownerUids.includes(uid))
      .map((followUp) => ({
        key: `${risk.pupilId}/${followUp.code}`,
        pupilId: risk.pupilId,
        pupilName: names.get(risk.pupilId) ?? null,
        classId: risk.classId,
        className: classes.get(risk.classId) ?? null,
        followUp,
      })),
  );
  return { items: items.sort(compareFollowUps), unreadable };
}

export const followUpsQueryOptions = (schoolId: string, uid: string) =>
  queryOptions({
    queryKey: queryKeys.risk.followUps(schoolId, uid),
    queryFn: () => getFollowUps(schoolId, uid),
  });

export function useFollowUps(schoolId: string, uid: string) {
  return useQuery(followUpsQueryOptions(schoolId, uid));
}
