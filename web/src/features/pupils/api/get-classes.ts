import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { collections, readDocuments } from '@/lib/collections';
import type { ClassRecord } from '../lib/types';

/** Every class of the school (the rules let all of the school's staff read the class list). */
export async function getClasses(schoolId: string): Promise<ClassRecord[]> {
  const snapshot = await getDocs(collections.classes(schoolId));
  return readDocuments(snapshot).items.sort((a, b) =>
    a.name.localeCompare(b.name, 'it', { numeric: true }),
  );
}

export const classesQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'classes'],
    queryFn: () => getClasses(schoolId),
  });

export function useClasses(schoolId: string) {
  return useQuery(classesQueryOptions(schoolId));
}
