import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { collections, readDocuments } from '@/lib/collections';

/** Class names of the school, by id ("2b-sm" -> "2B"), for the pupil picker's class filter. */
export async function getClassNames(schoolId: string): Promise<Map<string, string>> {
  const { items } = readDocuments(await getDocs(collections.classes(schoolId)));
  return new Map(items.map((c) => [c.id, c.name]));
}

export const classNamesQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'classes', 'names'],
    queryFn: () => getClassNames(schoolId),
    // Classes change once a year: no need to read them again on every visit.
    staleTime: 10 * 60_000,
  });

export function useClassNames(schoolId: string, enabled = true) {
  return useQuery({ ...classNamesQueryOptions(schoolId), enabled });
}
