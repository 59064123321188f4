import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { canonicalJson } from '../domain';
import { recomputeClassStats } from '../stats/recompute-stats';

/** What the class aggregates read from `risk/current`; other changes need no recompute. */
function statsKey(data: Record<string, unknown> | undefined): string {
  if (!data) return '';
  const flags = Array.isArray(data.flags) ? (data.flags as { code?: unknown }[]) : [];
  return canonicalJson([
    data.classId,
    data.level,
    data.reviewedLevel,
    data.score,
    flags.map((f) => f.code),
    data.summary,
  ]);
}

/**
 * A pupil's risk document changed (recompute, review, class move, erasure): recompute the
 * aggregates of the class it left and of the class it is in, each from its sources.
 */
export const onRiskWritten = onDocumentWritten(
  'schools/{schoolId}/pupils/{pupilId}/risk/{docId}',
  async (event) => {
    if (event.params.docId !== 'current') return;
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (statsKey(before) === statsKey(after)) return;
    const classIds = new Set<string>();
    for (const data of [before, after]) {
      if (typeof data?.classId === 'string') classIds.add(data.classId);
    }
    await Promise.all(
      [...classIds].map((classId) => recomputeClassStats(event.params.schoolId, classId)),
    );
  },
);
