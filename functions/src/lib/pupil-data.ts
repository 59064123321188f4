import type { DocumentReference } from 'firebase-admin/firestore';
import { paths, riskNotificationSchema, withoutPupil } from '../domain';
import { db } from './admin';
import { parseStored, toDomain } from './firestore-data';

export interface PupilDocuments {
  pupil: Record<string, unknown>;
  /** Subcollection name -> documents (with their ids), records and risk alike. */
  collections: Record<string, { id: string; data: Record<string, unknown> }[]>;
}

/** Every document stored under a pupil, as domain values (Dates), for export or transfer. */
export async function readPupilDocuments(
  schoolId: string,
  pupilId: string,
): Promise<PupilDocuments | null> {
  const ref = db.doc(paths.pupil(schoolId, pupilId));
  const snap = await ref.get();
  if (!snap.exists) return null;
  const collections: PupilDocuments['collections'] = {};
  for (const sub of await ref.listCollections()) {
    const docs = await sub.get();
    collections[sub.id] = docs.docs.map((d) => ({
      id: d.id,
      data: toDomain(d.data()) as Record<string, unknown>,
    }));
  }
  return { pupil: toDomain(snap.data()) as Record<string, unknown>, collections };
}

/**
 * Deletes a pupil and everything under it, the pupil document first so that no trigger
 * recomputes flags under a pupil being erased (see recomputePupilRisk), then the notifications
 * that named the pupil. Returns how many documents went.
 */
export async function deletePupilDocuments(schoolId: string, pupilId: string): Promise<number> {
  const ref: DocumentReference = db.doc(paths.pupil(schoolId, pupilId));
  let deleted = 0;
  const writer = db.bulkWriter();
  writer.onWriteResult(() => {
    deleted += 1;
  });
  await ref.delete();
  deleted += 1;
  await db.recursiveDelete(ref, writer);
  const notifications = await db
    .collectionGroup('notifications')
    .where('schoolId', '==', schoolId)
    .where('pupilIds', 'array-contains', pupilId)
    .get();
  // A daily notification lists several pupils: only this pupil's line goes.
  const cleanup = db.bulkWriter();
  for (const n of notifications.docs) {
    const current = parseStored(riskNotificationSchema, n.ref.path, n.data());
    const rest = current ? withoutPupil(current, pupilId) : null;
    void (rest ? cleanup.set(n.ref, rest) : cleanup.delete(n.ref));
  }
  await cleanup.close();
  return deleted + notifications.size;
}
