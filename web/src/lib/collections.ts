import {
  collection,
  doc,
  type CollectionReference,
  type DocumentReference,
  type QuerySnapshot,
} from 'firebase/firestore';
import {
  paths,
  pupilSchema,
  schoolClassSchema,
  schoolSchema,
  type Pupil,
  type School,
  type SchoolClass,
} from '@domain';
import { InvalidDocumentError, zodConverter } from './converters';
import { db } from './firebase';

// Every reference the web app reads goes through here, so each carries its schema's
// converter and no page ever handles untyped Firestore data.
const pupilConverter = zodConverter(pupilSchema);
const schoolClassConverter = zodConverter(schoolClassSchema);
const schoolConverter = zodConverter(schoolSchema);

export const collections = {
  school: (schoolId: string): DocumentReference<School> =>
    doc(db, paths.school(schoolId)).withConverter(schoolConverter),
  classes: (schoolId: string): CollectionReference<SchoolClass> =>
    collection(db, paths.classes(schoolId)).withConverter(schoolClassConverter),
  schoolClass: (schoolId: string, classId: string): DocumentReference<SchoolClass> =>
    doc(db, paths.schoolClass(schoolId, classId)).withConverter(schoolClassConverter),
  pupils: (schoolId: string): CollectionReference<Pupil> =>
    collection(db, paths.pupils(schoolId)).withConverter(pupilConverter),
  pupil: (schoolId: string, pupilId: string): DocumentReference<Pupil> =>
    doc(db, paths.pupil(schoolId, pupilId)).withConverter(pupilConverter),
};

export type WithId<T> = T & { id: string };

/**
 * Reads every document of a query result, skipping those that fail their schema (already
 * logged by the converter) so one malformed record does not hide all the others.
 */
export function readDocuments<T>(snapshot: QuerySnapshot<T>): {
  items: WithId<T>[];
  unreadable: number;
} {
  const items: WithId<T>[] = [];
  let unreadable = 0;
  for (const document of snapshot.docs) {
    try {
      items.push({ ...document.data(), id: document.id });
    } catch (error) {
      if (!(error instanceof InvalidDocumentError)) throw error;
      unreadable += 1;
    }
  }
  return { items, unreadable };
}
