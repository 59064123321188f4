import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs, query, where } from 'firebase/firestore';
import type { NeedFollowUp } from '@domain';
import { queryKeys } from '@/lib/query-keys';
import { classNames, pupilNamesById } from './pupil-names';
import { needGroup, readRisks, riskGroup } from './risk-refs';

/** One follow-up a person owns, with the pupil it is about. */
export type FollowUpItem = {
  key: string;
  pupilId: string;
  pupilName: string | null;
  classId: string;
  className: string | null;
  followUp: NeedFollowUp;
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
 * Where a person's follow-ups are read: `risk` (coordinators, referents) or `need` (educators
 * and L2 teachers, who own the assigned staff's follow-ups; educators may not read `risk`).
 */
export type FollowUpSource = 'risk' | 'need';

async function ownedDocuments(schoolId: string, uid: string, source: FollowUpSource) {
  const owned = [
    where('schoolId', '==', schoolId),
    where('followUpOwnerUids', 'array-contains', uid),
  ] as const;
  return source === 'need'
    ? readRisks(await getDocs(query(needGroup(), ...owned)))
    : readRisks(await getDocs(query(riskGroup(), ...owned)));
}

/**
 * The follow-ups of the school that name `uid` among their owners: one `array-contains` query
 * on `followUpOwnerUids`, then only the follow-ups of that person from each document.
 */
export async function getFollowUps(
  schoolId: string,
  uid: string,
  source: FollowUpSource = 'risk',
): Promise<FollowUpList> {
  const { items: risks, unreadable } = await ownedDocuments(schoolId, uid, source);
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

export const followUpsQueryOptions = (schoolId: string, uid: string, source: FollowUpSource) =>
  queryOptions({
    queryKey: queryKeys.risk.followUps(schoolId, uid),
    queryFn: () => getFollowUps(schoolId, uid, source),
  });

export function useFollowUps(schoolId: string, uid: string, source: FollowUpSource = 'risk') {
  return useQuery(followUpsQueryOptions(schoolId, uid, source));
}
