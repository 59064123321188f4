import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { getDoc } from 'firebase/firestore';
import { collections } from '@/lib/collections';

/** The coordinator of a class (null if none), who may review the flags of its pupils. */
export async function getClassCoordinator(
  schoolId: string,
  classId: string,
): Promise<string | null> {
  const snapshot = await getDoc(collections.schoolClass(schoolId, classId));
  return snapshot.data()?.coordinatorUid ?? null;
}

export const classCoordinatorQueryOptions = (schoolId: string, classId: string | null) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'class', classId, 'coordinator'],
    queryFn: classId ? () => getClassCoordinator(schoolId, classId) : skipToken,
  });

/** Read only for a coordinator (`classId: null` reads nothing): referents review any pupil. */
export function useClassCoordinator(schoolId: string, classId: string | null) {
  return useQuery(classCoordinatorQueryOptions(schoolId, classId));
}
