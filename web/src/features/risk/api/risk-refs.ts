import {
  collectionGroup,
  doc,
  type DocumentReference,
  type Query,
  type QuerySnapshot,
} from 'firebase/firestore';
import { paths, pupilNeedSchema, storedRiskSchema, type PupilNeed, type StoredRisk } from '@domain';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';
import { InvalidDocumentError } from '@/lib/invalid-document-error';

// `risk/current` is read through the domain's schema, the one the functions write with.
const riskConverter = zodConverter(storedRiskSchema);
const needConverter = zodConverter(pupilNeedSchema);

/** `schools/{s}/pupils/{p}/risk/current`, typed. */
export function riskDocument(schoolId: string, pupilId: string): DocumentReference<StoredRisk> {
  return doc(db, paths.riskCurrent(schoolId, pupilId)).withConverter(riskConverter);
}

/** Every `risk` document of every pupil; callers constrain it by `schoolId` (and more). */
export function riskGroup(): Query<StoredRisk> {
  return collectionGroup(db, 'risk').withConverter(riskConverter);
}

/** `schools/{s}/pupils/{p}/need/current`, typed: what educators read of the flags. */
export function needDocument(schoolId: string, pupilId: string): DocumentReference<PupilNeed> {
  return doc(db, paths.needCurrent(schoolId, pupilId)).withConverter(needConverter);
}

/** Every `need` document of every pupil; callers constrain it by `schoolId` (and more). */
export function needGroup(): Query<PupilNeed> {
  return collectionGroup(db, 'need').withConverter(needConverter);
}

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
