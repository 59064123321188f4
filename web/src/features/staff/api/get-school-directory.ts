import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDoc, getDocs, query, where } from 'firebase/firestore';
import type { District, School } from '@domain';
import { collections, readDocuments, type WithId } from '@/lib/collections';
import { queryKeys } from '@/lib/query-keys';

// The lists schools and Ambiti are picked from: nobody types a school's id.

export type SchoolOption = WithId<School>;
export type DistrictOption = WithId<District>;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'it');

/**
 * The other schools of the school's Ambito, by name: where its head may send a pupil. The
 * rules let a head or referent list only their own Ambito, so the query filters on it.
 */
export async function getAmbitoSchools(schoolId: string): Promise<SchoolOption[]> {
  const own = await getDoc(collections.school(schoolId));
  const districtId = own.data()?.districtId;
  if (!districtId) return [];
  const snapshot = await getDocs(
    query(collections.schools(), where('districtId', '==', districtId)),
  );
  return readDocuments(snapshot)
    .items.filter((school) => school.id !== schoolId)
    .sort(byName);
}

export const ambitoSchoolsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'ambitoSchools'],
    queryFn: () => getAmbitoSchools(schoolId),
  });

export function useAmbitoSchools(schoolId: string) {
  return useQuery(ambitoSchoolsQueryOptions(schoolId));
}

/**
 * Every school, by name (only the admin may list them). Same key and shape as the admin's
 * schools page, so opening or renaming a school there refreshes these pickers too.
 */
export async function getAllSchools(): Promise<{ items: SchoolOption[]; unreadable: number }> {
  const result = readDocuments(await getDocs(collections.schools()));
  result.items.sort(byName);
  return result;
}

export function useAllSchools(enabled: boolean) {
  return useQuery({ queryKey: queryKeys.admin.schools(), queryFn: getAllSchools, enabled });
}

/** The Ambiti, by name. Same key and shape as the schools feature's Ambito picker. */
export async function getDistricts(): Promise<DistrictOption[]> {
  const { items } = readDocuments(await getDocs(collections.districts()));
  return items.sort(byName);
}

export function useDistricts(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.districts(),
    queryFn: getDistricts,
    staleTime: 10 * 60_000,
    enabled,
  });
}
