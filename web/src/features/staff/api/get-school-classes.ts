import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { collections, readDocuments } from '@/lib/collections';
import type { ClassRecord } from '../lib/types';

/**
 * Every class of the school, sorted by name. Same key and shape as the pupils feature's class
 * list, so saving a class's teachers refreshes both.
 */
export async function getSchoolClasses(schoolId: string): Promise<ClassRecord[]> {
  const snapshot = await getDocs(collections.classes(schoolId));
  return readDocuments(snapshot).items.sort((a, b) =>
    a.name.localeCompare(b.name, 'it', { numeric: true }),
  );
}

export const schoolClassesQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'classes'],
    queryFn: () => getSchoolClasses(schoolId),
  });

export function useSchoolClasses(schoolId: string) {
  return useQuery(schoolClassesQueryOptions(schoolId));
}
