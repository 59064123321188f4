import { queryOptions, useQuery } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { STATS_DOC_IDS, districtStatsSchema, paths, type DistrictStats } from '@domain';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';

const converter = zodConverter(districtStatsSchema);

/**
 * The Ambito's aggregates by school, already anonymised by the functions (no pupil ids, counts
 * of 3 or fewer as "<=3"): nothing finer ever reaches a district user's browser.
 */
export async function getDistrictStats(districtId: string): Promise<DistrictStats | null> {
  const ref = doc(db, `${paths.districtStats(districtId)}/${STATS_DOC_IDS.district}`).withConverter(
    converter,
  );
  const snapshot = await getDoc(ref);
  return snapshot.data() ?? null;
}

export const districtStatsQueryOptions = (districtId: string) =>
  queryOptions({
    queryKey: ['districts', districtId, 'stats', STATS_DOC_IDS.district],
    queryFn: () => getDistrictStats(districtId),
  });

export function useDistrictStats(districtId: string) {
  return useQuery(districtStatsQueryOptions(districtId));
}
