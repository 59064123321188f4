import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { recomputeOrientationStats } from '../stats/orientation-stats';

/**
 * A transition was created (by the transfer job), answered or marked "left school": the
 * sending school's orientation aggregate counts its transitions by outcome, and its Ambito's
 * counts the pupils who left school (issue 14).
 */
export const onOrientationTransitionWritten = onDocumentWritten(
  'transitions/{transitionId}',
  async (event) => {
    const schoolIds = new Set<string>();
    for (const snap of [event.data?.before, event.data?.after]) {
      const from: unknown = snap?.get('fromSchoolId');
      if (typeof from === 'string' && from) schoolIds.add(from);
    }
    for (const schoolId of schoolIds) await recomputeOrientationStats(schoolId);
  },
);
