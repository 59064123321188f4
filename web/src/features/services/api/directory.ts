import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { z } from 'zod';
import {
  districtSchema,
  organizationSchema,
  paths,
  serviceSchema,
  type Organization,
  type Service,
  type ServiceDirectory,
} from '@domain';
import { callFunction } from '@/lib/call-function';
import { readDocuments, typedCollection, typedDoc } from '@/lib/collections';
import { datesToTimestamps } from '@/lib/converters';
import { queryKeys } from '@/lib/query-keys';

// The Ambito's services directory: public reads (the family page, signed out), writes by the
// Ambito coordinator and, for their own organisation's services, by operators (firestore.rules).

export type DirectoryWithName = ServiceDirectory & { districtName: string | null };

/** Documents as `{ id, data }`, by name. */
function byName<T extends { id: string; name: string }>(items: T[]) {
  return items
    .map(({ id, ...data }) => ({ id, data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'it'));
}

/** Every organisation and service of an Ambito (a document that fails its schema is skipped). */
export async function getDirectory(districtId: string): Promise<DirectoryWithName> {
  const [orgs, services, district] = await Promise.all([
    getDocs(typedCollection(organizationSchema, paths.organizations(districtId))),
    getDocs(typedCollection(serviceSchema, paths.services(districtId))),
    getDoc(typedDoc(districtSchema, paths.district(districtId))).catch(() => null),
  ]);
  let districtName: string | null = null;
  try {
    districtName = district?.data()?.name ?? null;
  } catch {
    // A district that fails its schema leaves the page without its name.
  }
  // A document that fails its schema is skipped (readDocuments).
  return {
    organizations: byName(readDocuments(orgs).items),
    services: byName(readDocuments(services).items),
    districtName,
  };
}

export function useDirectory(districtId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.directory(districtId ?? '-'),
    queryFn: () => getDirectory(districtId ?? ''),
    enabled: Boolean(districtId),
  });
}

function useRefresh(districtId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.directory(districtId), exact: true });
}

/** Creates or replaces a service (validated by the rules as by the form). */
export function useSaveService(districtId: string) {
  const refresh = useRefresh(districtId);
  return useMutation({
    mutationFn: ({ id, service }: { id: string; service: Service }) =>
      setDoc(typedDoc(serviceSchema, paths.service(districtId, id)), serviceSchema.parse(service)),
    onSuccess: refresh,
  });
}

export function useSaveOrganization(districtId: string) {
  const refresh = useRefresh(districtId);
  return useMutation({
    mutationFn: ({ id, organization }: { id: string; organization: Organization }) =>
      setDoc(
        typedDoc(organizationSchema, paths.organization(districtId, id)),
        organizationSchema.parse(organization),
      ),
    onSuccess: refresh,
  });
}

/** "Checked today" or a capacity change: only those fields (and updatedAt) are written. */
export function useUpdateService(districtId: string) {
  const refresh = useRefresh(districtId);
  return useMutation({
    mutationFn: ({
      id,
      change,
    }: {
      id: string;
      change: Partial<Pick<Service, 'lastCheckedAt' | 'acceptingReferrals' | 'capacityUpdatedAt'>>;
    }) =>
      updateDoc(
        typedDoc(serviceSchema, paths.service(districtId, id)),
        datesToTimestamps({ ...change, updatedAt: new Date() }) as Record<string, unknown>,
      ),
    onSuccess: refresh,
  });
}

const importResultSchema = z.object({
  organizations: z.number(),
  services: z.number(),
  changed: z.number(),
});

/** `importServices`: loads an HSDS JSON document; the whole file or nothing. */
export function useImportServices(districtId: string) {
  const refresh = useRefresh(districtId);
  return useMutation({
    mutationFn: (hsds: unknown) =>
      callFunction('importServices', { districtId, hsds }, importResultSchema),
    onSuccess: refresh,
  });
}
