import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { STATS_DOC_IDS } from '../domain';
import { recomputeDistrictStats, recomputeSchoolStats } from '../stats/recompute-stats';

/**
 * Aggregates roll up: a class document changed -> recompute the school's; the school's
 * changed -> recompute its Ambito's. Stats are written only when they change, so the chain
 * stops as soon as a level comes out equal.
 */
export const onSchoolStatsWritten = onDocumentWritten(
  'schools/{schoolId}/stats/{statId}',
  async (event) => {
    const { schoolId, statId } = event.params;
    if (statId.startsWith(STATS_DOC_IDS.classPrefix)) {
      await recomputeSchoolStats(schoolId);
      return;
    }
    if (statId !== STATS_DOC_IDS.school) return;
    const districtIds = new Set<string>();
    for (const snap of [event.data?.before, event.data?.after]) {
      const districtId: unknown = snap?.get('districtId');
      if (typeof districtId === 'string' && districtId) districtIds.add(districtId);
    }
    await Promise.all([...districtIds].map((d) => recomputeDistrictStats(d)));
  },
);
