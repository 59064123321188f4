import type { z } from 'zod';
import type { Pupil, RECORD_SCHEMAS, RecordKind, Role, SchoolClass } from '@domain';
import type { StoredRecordByKind } from '@/lib/collections';

/** The fields a user types for each kind, as the domain schema outputs them. */
export type RecordDataByKind = { [K in RecordKind]: z.output<(typeof RECORD_SCHEMAS)[K]> };

/** One stored record with its kind, id and whether it still waits to reach the server. */
export type RecordEntry = {
  [K in RecordKind]: { kind: K; id: string; pending: boolean; data: StoredRecordByKind[K] };
}[RecordKind];
export type RecordEntryOf<K extends RecordKind> = Extract<RecordEntry, { kind: K }>;

/** What the records hub needs to know about the pupil: scope for the rules, and defaults. */
export type PupilScope = {
  schoolId: string;
  pupilId: string;
  pupil: Pick<
    Pupil,
    'firstName' | 'lastName' | 'classId' | 'assignedUids' | 'homeLanguages' | 'schoolId'
  >;
  schoolClass: Pick<SchoolClass, 'name' | 'level' | 'teacherUids' | 'coordinatorUid'> | null;
};

/** The signed-in user as the records feature sees them. */
export type Viewer = { uid: string; role: Role; displayName: string };

/** Another pupil a peer-education session can pair this one with. */
export type PartnerOption = { id: string; name: string };
