import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs, query, where } from 'firebase/firestore';
import { ASSIGNMENT_ROLES, SCHOOL_WIDE_ROLES, type Role } from '@domain';
import { collections, readDocuments } from '@/lib/collections';
import type { PupilRecord, SchoolClaims } from '../lib/types';

export type MyPupils = {
  pupils: PupilRecord[];
  /** Documents the user may read but that fail the schema: reported, not shown. */
  unreadable: number;
};

const CLASS_ROLES: readonly Role[] = ['teacher', 'coordinator', 'l2teacher'];

/** Ids of the classes where the user teaches or is the coordinator. */
async function myClassIds(schoolId: string, uid: string): Promise<string[]> {
  const classes = collections.classes(schoolId);
  const [taught, coordinated] = await Promise.all([
    getDocs(query(classes, where('teacherUids', 'array-contains', uid))),
    getDocs(query(classes, where('coordinatorUid', '==', uid))),
  ]);
  return [...new Set([...taught.docs, ...coordinated.docs].map((d) => d.id))];
}

/**
 * The pupils the user may see, following the rules' paths: head and referent read the
 * whole school; class roles read pupils class by class (the rules check each query's
 * classId, so one query per class); assignment roles read pupils that list their uid.
 * Sorted by last name, then first name; a pupil reachable two ways appears once.
 */
export async function getMyPupils(uid: string, claims: SchoolClaims): Promise<MyPupils> {
  const { schoolId, role } = claims;
  const pupils = collections.pupils(schoolId);
  const queries = [];

  if (SCHOOL_WIDE_ROLES.includes(role)) {
    queries.push(pupils);
  } else {
    if (CLASS_ROLES.includes(role)) {
      const classIds = await myClassIds(schoolId, uid);
      queries.push(...classIds.map((classId) => query(pupils, where('classId', '==', classId))));
    }
    if (ASSIGNMENT_ROLES.includes(role)) {
      queries.push(query(pupils, where('assignedUids', 'array-contains', uid)));
    }
  }

  const snapshots = await Promise.all(queries.map((q) => getDocs(q)));
  const byId = new Map<string, PupilRecord>();
  let unreadable = 0;
  for (const snapshot of snapshots) {
    const read = readDocuments(snapshot);
    unreadable += read.unreadable;
    for (const pupil of read.items) byId.set(pupil.id, pupil);
  }

  const collator = new Intl.Collator('it', { sensitivity: 'base' });
  const sorted = [...byId.values()].sort(
    (a, b) =>
      collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
  );
  return { pupils: sorted, unreadable };
}

export const myPupilsQueryOptions = (uid: string, claims: SchoolClaims) =>
  queryOptions({
    queryKey: ['schools', claims.schoolId, 'pupils', 'mine', { uid, role: claims.role }],
    queryFn: () => getMyPupils(uid, claims),
  });

export function useMyPupils(uid: string, claims: SchoolClaims) {
  return useQuery(myPupilsQueryOptions(uid, claims));
}
