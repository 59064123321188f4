import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { paths } from '../domain';
import { db } from '../lib/admin';
import { logs } from '../lib/logs';
import { recomputePupilRisk } from '../risk/recompute-pupil';

/**
 * On any change to a pupil: recompute their flags (background and class feed the engine), and
 * keep `pupilCount` on the old and new class when the pupil joins, leaves or moves.
 */
export const onPupilWritten = onDocumentWritten(
  'schools/{schoolId}/pupils/{pupilId}',
  async (event) => {
    const { schoolId, pupilId } = event.params;
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    const classIds = new Set<string>();
    if (before?.classId !== after?.classId || !before || !after) {
      for (const data of [before, after]) {
        if (typeof data?.classId === 'string') classIds.add(data.classId);
      }
    }
    await Promise.all([
      ...[...classIds].map((classId) => refreshPupilCount(schoolId, classId)),
      recomputePupilRisk(schoolId, pupilId),
    ]);
  },
);

/** Counts from scratch, so concurrent writes and retried events cannot drift the number. */
async function refreshPupilCount(schoolId: string, classId: string): Promise<void> {
  const snapshot = await db
    .collection(paths.pupils(schoolId))
    .where('classId', '==', classId)
    .count()
    .get();
  const count = snapshot.data().count;
  const classRef = db.doc(paths.schoolClass(schoolId, classId));
  const updated = await db.runTransaction(async (tx) => {
    const current = await tx.get(classRef);
    if (!current.exists || current.get('pupilCount') === count) return false;
    tx.update(classRef, { pupilCount: count });
    return true;
  });
  if (updated) logs.pupilCountUpdated(schoolId, classId, count);
}
