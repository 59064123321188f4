import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { collections, readDocuments } from '@/lib/collections';
import type { PupilRecord } from '../lib/types';

/** Every pupil of the school (the head reads them all), sorted by surname and name. */
export async function getSchoolPupils(schoolId: string): Promise<PupilRecord[]> {
  const snapshot = await getDocs(collections.pupils(schoolId));
  const collator = new Intl.Collator('it', { sensitivity: 'base' });
  return readDocuments(snapshot).items.sort(
    (a, b) =>
      collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
  );
}

export const schoolPupilsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'pupils', 'all'],
    queryFn: () => getSchoolPupils(schoolId),
  });

export function useSchoolPupils(schoolId: string) {
  return useQuery(schoolPupilsQueryOptions(schoolId));
}
