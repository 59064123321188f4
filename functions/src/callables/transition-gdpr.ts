import { paths } from '../domain';
import { db } from '../lib/admin';
import { toDomain } from '../lib/firestore-data';

// Transitions (issue 14) name the pupil and carry the handover sheet outside the pupil's
// documents: the export includes those involving the school, the erasure deletes them.

async function involving(schoolId: string, pupilId: string) {
  const snaps = await db.collection(paths.transitions()).where('pupilId', '==', pupilId).get();
  return snaps.docs.filter(
    (d) => d.get('fromSchoolId') === schoolId || d.get('toSchoolId') === schoolId,
  );
}

export async function readPupilTransitions(
  schoolId: string,
  pupilId: string,
): Promise<{ id: string; data: unknown }[]> {
  return (await involving(schoolId, pupilId)).map((d) => ({ id: d.id, data: toDomain(d.data()) }));
}

export async function deletePupilTransitions(schoolId: string, pupilId: string): Promise<number> {
  const docs = await involving(schoolId, pupilId);
  await Promise.all(docs.map((d) => d.ref.delete()));
  return docs.length;
}
