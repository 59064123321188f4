import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import type { Organization, Service } from '@domain';
import { type WithId, readDocuments } from '@/lib/collections';
import { queryKeys } from '@/lib/query-keys';
import { referralRefs } from './referral-refs';

export type DirectoryEntry = WithId<Service> & { organizationName: string };

/**
 * The Ambito's services as the send form shows them (capacity, eligibility, whether they take
 * referrals), with their organisation's name; defunct services left out.
 */
export async function getDirectory(districtId: string): Promise<DirectoryEntry[]> {
  const [services, organizations] = await Promise.all([
    getDocs(referralRefs.services(districtId)),
    getDocs(referralRefs.organizations(districtId)),
  ]);
  const names = new Map(
    readDocuments(organizations).items.map((o: WithId<Organization>) => [o.id, o.name]),
  );
  return readDocuments(services)
    .items.filter((s) => s.status !== 'defunct')
    .map((s) => ({ ...s, organizationName: names.get(s.organizationId) ?? s.organizationId }))
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

export const directoryQueryOptions = (districtId: string) =>
  queryOptions({
    queryKey: queryKeys.referrals.services(districtId),
    queryFn: () => getDirectory(districtId),
  });

export function useDirectory(districtId: string | null) {
  return useQuery({ ...directoryQueryOptions(districtId ?? ''), enabled: districtId !== null });
}
