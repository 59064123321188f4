/** What every demo record shares: ids and metadata. */
import type { RecordMeta } from '../../../functions/src/domain/common';
import type { RecordKind } from '../../../functions/src/domain/records';
import { copy, minDate } from './calendar';
import type { Draft } from './draft';

const KIND_SUFFIX: Record<RecordKind, string> = {
  l2Assessments: 'l2',
  tutoringSessions: 'tut',
  peerSessions: 'peer',
  familyMeetings: 'fam',
  termRecords: 'term',
  interventions: 'int',
};

export function meta(d: Draft, createdBy: string, date: Date, asOf: Date): RecordMeta {
  const at = minDate(date, asOf);
  return {
    schoolId: d.cls.schoolId,
    pupilId: d.id,
    createdBy,
    createdAt: copy(at),
    updatedAt: copy(at),
    // Demo records were last saved by their author.
    updatedBy: createdBy,
  };
}

export function nextId(d: Draft, kind: RecordKind, suffix?: string): string {
  d.counters[kind] += 1;
  return suffix
    ? `${d.id}-${KIND_SUFFIX[kind]}-${suffix}`
    : `${d.id}-${KIND_SUFFIX[kind]}-${d.counters[kind]}`;
}

export function classLead(d: Draft): string {
  return d.cls.coordinatorUid ?? d.cls.teacherUids[0] ?? d.staff.referent;
}
