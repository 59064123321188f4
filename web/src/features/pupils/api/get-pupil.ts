import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDoc } from 'firebase/firestore';
import { collections } from '@/lib/collections';
import { NotFoundError } from '@/lib/errors';
import type { ClassRecord, PupilRecord } from '../lib/types';

export type PupilWithClass = {
  pupil: PupilRecord;
  /** Null if the class document is missing (e.g. a class deleted after a transfer). */
  schoolClass: ClassRecord | null;
};

/**
 * One pupil and their class. A pupil the user may not read rejects with the rules'
 * permission-denied; a missing one with NotFoundError (code "not-found").
 */
export async function getPupil(schoolId: string, pupilId: string): Promise<PupilWithClass> {
  const ref = collections.pupil(schoolId, pupilId);
  const snapshot = await getDoc(ref);
  const pupil = snapshot.data();
  if (!pupil) throw new NotFoundError(ref.path);

  const classSnapshot = await getDoc(collections.schoolClass(schoolId, pupil.classId));
  const schoolClass = classSnapshot.data();
  return {
    pupil: { ...pupil, id: snapshot.id },
    schoolClass: schoolClass ? { ...schoolClass, id: classSnapshot.id } : null,
  };
}

export const pupilQueryOptions = (schoolId: string, pupilId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'pupil', pupilId],
    queryFn: () => getPupil(schoolId, pupilId),
  });

export function usePupil(schoolId: string, pupilId: string) {
  return useQuery(pupilQueryOptions(schoolId, pupilId));
}
