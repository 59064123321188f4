import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDoc, getDocs } from 'firebase/firestore';
import { collections, readDocuments } from '@/lib/collections';
import type { ImportClass, StoredPupil } from '../lib/pupils';

export interface ImportContext {
  schoolYear: string | null;
  classes: ImportClass[];
  /** Every pupil of the school: the referent and the head read them all. */
  pupils: StoredPupil[];
}

/** What the preview needs to resolve rows: classes by name and pupils by key. */
export async function getImportContext(schoolId: string): Promise<ImportContext> {
  const [school, classes, pupils] = await Promise.all([
    getDoc(collections.school(schoolId)),
    getDocs(collections.classes(schoolId)),
    getDocs(collections.pupils(schoolId)),
  ]);
  return {
    schoolYear: school.data()?.settings.schoolYear ?? null,
    classes: readDocuments(classes).items.map((c) => ({
      id: c.id,
      name: c.name,
      schoolYear: c.schoolYear,
    })),
    pupils: readDocuments(pupils).items,
  };
}

export const importContextQueryKey = (schoolId: string) =>
  ['schools', schoolId, 'importContext'] as const;

export const importContextQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: importContextQueryKey(schoolId),
    queryFn: () => getImportContext(schoolId),
    // The context decides what counts as "unchanged": always read it fresh for an import.
    staleTime: 0,
  });

export function useImportContext(schoolId: string) {
  return useQuery(importContextQueryOptions(schoolId));
}
