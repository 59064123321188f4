import {
  collection,
  collectionGroup,
  doc,
  type CollectionReference,
  type DocumentData,
  type DocumentReference,
  type FirestoreDataConverter,
  type Query,
  type QuerySnapshot,
} from 'firebase/firestore';
import type { z } from 'zod';
import {
  auditEntrySchema,
  districtSchema,
  paths,
  pupilNeedSchema,
  pupilSchema,
  schoolClassSchema,
  schoolSchema,
  STORED_RECORD_SCHEMAS,
  storedRiskSchema,
  transferRequestSchema,
  userProfileSchema,
  type AuditEntry,
  type District,
  type Pupil,
  type PupilNeed,
  type RecordKind,
  type School,
  type SchoolClass,
  type StoredRisk,
  type TransferRequest,
  type UserProfile,
} from '@domain';
import { zodConverter } from './converters';
import { InvalidDocumentError } from './invalid-document-error';
import { db } from './firestore';

// Every reference the web app reads goes through here, so each carries its schema's
// converter and no page ever handles untyped Firestore data.
const pupilConverter = zodConverter(pupilSchema);
const schoolClassConverter = zodConverter(schoolClassSchema);
const schoolConverter = zodConverter(schoolSchema);
const userProfileConverter = zodConverter(userProfileSchema);
const auditEntryConverter = zodConverter(auditEntrySchema);
const transferRequestConverter = zodConverter(transferRequestSchema);
const districtConverter = zodConverter(districtSchema);
const riskConverter = zodConverter(storedRiskSchema);
const needConverter = zodConverter(pupilNeedSchema);

/** Each logged record kind as stored: its fields plus the record metadata. */
export type StoredRecordByKind = {
  [K in RecordKind]: z.output<(typeof STORED_RECORD_SCHEMAS)[K]>;
};

const recordConverters: {
  [K in RecordKind]: FirestoreDataConverter<StoredRecordByKind[K], DocumentData>;
} = {
  l2Assessments: zodConverter(STORED_RECORD_SCHEMAS.l2Assessments),
  tutoringSessions: zodConverter(STORED_RECORD_SCHEMAS.tutoringSessions),
  peerSessions: zodConverter(STORED_RECORD_SCHEMAS.peerSessions),
  familyMeetings: zodConverter(STORED_RECORD_SCHEMAS.familyMeetings),
  termRecords: zodConverter(STORED_RECORD_SCHEMAS.termRecords),
  interventions: zodConverter(STORED_RECORD_SCHEMAS.interventions),
};

export const collections = {
  schools: (): CollectionReference<School> =>
    collection(db, paths.schools()).withConverter(schoolConverter),
  districts: (): CollectionReference<District> =>
    collection(db, paths.districts()).withConverter(districtConverter),
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
  records: <K extends RecordKind>(
    schoolId: string,
    pupilId: string,
    kind: K,
  ): CollectionReference<StoredRecordByKind[K]> =>
    collection(db, paths.records(schoolId, pupilId, kind)).withConverter(recordConverters[kind]),
  record: <K extends RecordKind>(
    schoolId: string,
    pupilId: string,
    kind: K,
    recordId: string,
  ): DocumentReference<StoredRecordByKind[K]> =>
    doc(db, paths.records(schoolId, pupilId, kind), recordId).withConverter(recordConverters[kind]),
  /** The pupil's current assessment (functions only write it; mediators may not read it). */
  riskCurrent: (schoolId: string, pupilId: string): DocumentReference<StoredRisk> =>
    doc(db, paths.riskCurrent(schoolId, pupilId)).withConverter(riskConverter),
  /** Every `risk` document of every pupil; callers constrain it by `schoolId` (and more). */
  riskGroup: (): Query<StoredRisk> => collectionGroup(db, 'risk').withConverter(riskConverter),
  /** `need/current`: what educators read of the flags. */
  needCurrent: (schoolId: string, pupilId: string): DocumentReference<PupilNeed> =>
    doc(db, paths.needCurrent(schoolId, pupilId)).withConverter(needConverter),
  /** Every `need` document of every pupil; callers constrain it by `schoolId` (and more). */
  needGroup: (): Query<PupilNeed> => collectionGroup(db, 'need').withConverter(needConverter),
  users: (): CollectionReference<UserProfile> =>
    collection(db, paths.users()).withConverter(userProfileConverter),
  auditLog: (): CollectionReference<AuditEntry> =>
    collection(db, paths.auditLog()).withConverter(auditEntryConverter),
  transferRequests: (): CollectionReference<TransferRequest> =>
    collection(db, paths.transferRequests()).withConverter(transferRequestConverter),
};

export type WithId<T> = T & { id: string };

/** A feature's own collection, read through its domain schema's converter. */
export function typedCollection<S extends z.ZodType<DocumentData>>(
  schema: S,
  path: string,
): CollectionReference<z.output<S>> {
  return collection(db, path).withConverter(zodConverter(schema));
}

/** A feature's own document (`path` and further segments), read through its schema. */
export function typedDoc<S extends z.ZodType<DocumentData>>(
  schema: S,
  path: string,
  ...segments: string[]
): DocumentReference<z.output<S>> {
  return doc(db, path, ...segments).withConverter(zodConverter(schema));
}

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
