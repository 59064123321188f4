import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs, query, where } from 'firebase/firestore';
import type { School } from '@domain';
import { collections, readDocuments, type WithId } from '@/lib/collections';
import { queryKeys } from '@/lib/query-keys';

export type SchoolWithId = WithId<School>;

/** Every school, by name (the rules let only the admin list them). */
export async function getSchools(): Promise<{ items: SchoolWithId[]; unreadable: number }> {
  const result = readDocuments(await getDocs(collections.schools()));
  result.items.sort((a, b) => a.name.localeCompare(b.name, 'it'));
  return result;
}

export const schoolsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.admin.schools(), queryFn: getSchools });

export function useSchools() {
  return useQuery(schoolsQueryOptions());
}

export type SchoolHead = { uid: string; displayName: string; email: string; schoolId: string };

/** Every head with their school, so the list shows who leads each one. */
export async function getHeads(): Promise<SchoolHead[]> {
  const snapshot = await getDocs(query(collections.users(), where('role', '==', 'head')));
  return readDocuments(snapshot).items.flatMap((profile) =>
    profile.schoolId
      ? [
          {
            uid: profile.id,
            displayName: profile.displayName,
            email: profile.email,
            schoolId: profile.schoolId,
          },
        ]
      : [],
  );
}

export const headsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.admin.heads(), queryFn: getHeads });

export function useHeads() {
  return useQuery(headsQueryOptions());
}
