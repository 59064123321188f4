import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDoc } from 'firebase/firestore';
import type { School } from '@domain';
import { collections } from '@/lib/collections';
import { NotFoundError } from '@/lib/errors';

/** The user's school: its settings decide, among others, how long a pupil counts as NAI. */
export async function getSchool(schoolId: string): Promise<School> {
  const ref = collections.school(schoolId);
  const snapshot = await getDoc(ref);
  const school = snapshot.data();
  if (!school) throw new NotFoundError(ref.path);
  return school;
}

export const schoolQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId],
    queryFn: () => getSchool(schoolId),
  });

export function useSchool(schoolId: string) {
  return useQuery(schoolQueryOptions(schoolId));
}
