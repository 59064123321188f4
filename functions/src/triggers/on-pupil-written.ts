import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { paths } from '../domain';
import { db } from '../lib/admin';
import { logs } from '../lib/logs';

/**
 * Keeps `pupilCount` on the pupil's class (old and new class on a move). Counts from scratch
 * with an aggregation query, so concurrent writes and retried events cannot drift the number.
 */
export const onPupilWritten = onDocumentWritten(
  'schools/{schoolId}/pupils/{pupilId}',
  async (event) => {
    const { schoolId } = event.params;
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    const classIds = new Set<string>();
    for (const data of [before, after]) {
      if (typeof data?.classId === 'string') classIds.add(data.classId);
    }
    if (before?.classId === after?.classId && before && after) return;
    await Promise.all([...classIds].map((classId) => refreshPupilCount(schoolId, classId)));
  },
);

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
