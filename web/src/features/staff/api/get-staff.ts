import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs, query, where } from 'firebase/firestore';
import { collections, readDocuments } from '@/lib/collections';
import type { StaffMember } from '../lib/types';

export type SchoolStaff = {
  staff: StaffMember[];
  /** Profiles that fail their schema: counted, not shown. */
  unreadable: number;
};

/** Every account of a school, revoked ones included (role null), sorted by name. */
export async function getStaff(schoolId: string): Promise<SchoolStaff> {
  const snapshot = await getDocs(query(collections.users(), where('schoolId', '==', schoolId)));
  const { items, unreadable } = readDocuments(snapshot);
  const collator = new Intl.Collator('it', { sensitivity: 'base' });
  items.sort((a, b) => collator.compare(a.displayName, b.displayName));
  return { staff: items, unreadable };
}

export const staffQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'staff'],
    queryFn: () => getStaff(schoolId),
  });

export function useStaff(schoolId: string, enabled = true) {
  return useQuery({ ...staffQueryOptions(schoolId), enabled });
}
