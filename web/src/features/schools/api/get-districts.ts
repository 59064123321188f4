import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import type { District } from '@domain';
import { collections, readDocuments, type WithId } from '@/lib/collections';
import { queryKeys } from '@/lib/query-keys';

/** The Ambiti, by name: the list a school's Ambito is picked from. */
export async function getDistricts(): Promise<WithId<District>[]> {
  const { items } = readDocuments(await getDocs(collections.districts()));
  return items.sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

export const districtsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.districts(), queryFn: getDistricts, staleTime: 10 * 60_000 });

export function useDistricts() {
  return useQuery(districtsQueryOptions());
}
