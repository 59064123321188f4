import type { QuerySnapshot } from 'firebase/firestore';
import type { PupilNeed, StoredRisk } from '@domain';
import { collections } from '@/lib/collections';
import { InvalidDocumentError } from '@/lib/invalid-document-error';

// `risk/current` and `need/current` are read through the domain's schemas, the ones the
// functions write with (lib/collections holds the typed references).
/** `schools/{s}/pupils/{p}/risk/current`, typed. */
export const riskDocument = collections.riskCurrent;
/** Every `risk` document of every pupil; callers constrain it by `schoolId` (and more). */
export const riskGroup = collections.riskGroup;
/** `schools/{s}/pupils/{p}/need/current`, typed: what educators read of the flags. */
export const needDocument = collections.needCurrent;
/** Every `need` document of every pupil; callers constrain it by `schoolId` (and more). */
export const needGroup = collections.needGroup;

export type PupilRisk = StoredRisk & { pupilId: string };

/**
 * The assessments of a collection-group result, with the pupil id taken from the path.
 * Documents that fail the schema are skipped (the converter has logged them) and counted.
 */
export function readRisks<T extends StoredRisk | PupilNeed = StoredRisk>(
  snapshot: QuerySnapshot<T>,
): {
  items: (T & { pupilId: string })[];
  unreadable: number;
} {
  const items: (T & { pupilId: string })[] = [];
  let unreadable = 0;
  for (const document of snapshot.docs) {
    const pupilId = document.ref.parent.parent?.id;
    if (!pupilId) continue;
    try {
      items.push({ ...document.data(), pupilId });
    } catch (error) {
      if (!(error instanceof InvalidDocumentError)) throw error;
      unreadable += 1;
    }
  }
  return { items, unreadable };
}
