import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { collection, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
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
import { datesToTimestamps, zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';
import { queryKeys } from '@/lib/query-keys';

// The Ambito's services directory: public reads (the family page, signed out), writes by the
// Ambito coordinator and, for their own organisation's services, by operators (firestore.rules).

const organizationConverter = zodConverter(organizationSchema);
const serviceConverter = zodConverter(serviceSchema);

export type DirectoryWithName = ServiceDirectory & { districtName: string | null };

/** Every organisation and service of an Ambito (a document that fails its schema is skipped). */
export async function getDirectory(districtId: string): Promise<DirectoryWithName> {
  const [orgs, services, district] = await Promise.all([
    getDocs(collection(db, paths.organizations(districtId)).withConverter(organizationConverter)),
    getDocs(collection(db, paths.services(districtId)).withConverter(serviceConverter)),
    getDoc(doc(db, paths.district(districtId))).catch(() => null),
  ]);
  const read = <T>(snapshot: { docs: { id: string; data: () => T }[] }) =>
    snapshot.docs.flatMap((d) => {
      try {
        return [{ id: d.id, data: d.data() }];
      } catch {
        return [];
      }
    });
  const parsedDistrict = district?.exists() ? districtSchema.safeParse(district.data()) : null;
  return {
    organizations: read(orgs).sort((a, b) => a.data.name.localeCompare(b.data.name, 'it')),
    services: read(services).sort((a, b) => a.data.name.localeCompare(b.data.name, 'it')),
    districtName: parsedDistrict?.success ? parsedDistrict.data.name : null,
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
      setDoc(
        doc(db, paths.service(districtId, id)).withConverter(serviceConverter),
        serviceSchema.parse(service),
      ),
    onSuccess: refresh,
  });
}

export function useSaveOrganization(districtId: string) {
  const refresh = useRefresh(districtId);
  return useMutation({
    mutationFn: ({ id, organization }: { id: string; organization: Organization }) =>
      setDoc(
        doc(db, paths.organization(districtId, id)).withConverter(organizationConverter),
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
        doc(db, paths.service(districtId, id)),
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
