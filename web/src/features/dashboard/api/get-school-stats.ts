import { queryOptions, useQuery } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { STATS_DOC_IDS, paths, schoolStatsSchema, type SchoolStats } from '@domain';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';

const converter = zodConverter(schoolStatsSchema);

/**
 * The school's pre-aggregated dashboard: one document read, whatever the number of pupils
 * and records. Null until the functions have computed it for the first time.
 */
export async function getSchoolStats(schoolId: string): Promise<SchoolStats | null> {
  const ref = doc(db, `${paths.schoolStats(schoolId)}/${STATS_DOC_IDS.school}`).withConverter(
    converter,
  );
  const snapshot = await getDoc(ref);
  return snapshot.data() ?? null;
}

export const schoolStatsQueryOptions = (schoolId: string) =>
  queryOptions({
    queryKey: ['schools', schoolId, 'stats', STATS_DOC_IDS.school],
    queryFn: () => getSchoolStats(schoolId),
  });

export function useSchoolStats(schoolId: string) {
  return useQuery(schoolStatsQueryOptions(schoolId));
}
