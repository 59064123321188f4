import { RECORD_KINDS, type RecordKind } from '@domain';
import type { PupilScope, Viewer } from './types';

// Mirrors canLog, canAmend and the read rule of firestore.rules, so the UI offers exactly what
// the rules accept: a button the rules would refuse only leads to a failed save.

function isClassStaff(viewer: Viewer, scope: PupilScope): boolean {
  const c = scope.schoolClass;
  if (!c || !['teacher', 'l2teacher', 'coordinator'].includes(viewer.role)) return false;
  return c.teacherUids.includes(viewer.uid) || c.coordinatorUid === viewer.uid;
}

function isAssigned(viewer: Viewer, scope: PupilScope, roles: readonly string[]): boolean {
  return roles.includes(viewer.role) && scope.pupil.assignedUids.includes(viewer.uid);
}

function coordinates(viewer: Viewer, scope: PupilScope): boolean {
  return viewer.role === 'coordinator' && scope.schoolClass?.coordinatorUid === viewer.uid;
}

/** Whether the rules let `viewer` log a record of `kind` for this pupil. */
export function canLog(viewer: Viewer, scope: PupilScope, kind: RecordKind): boolean {
  const staff = isClassStaff(viewer, scope);
  const referent = viewer.role === 'referent';
  switch (kind) {
    case 'l2Assessments':
      return staff || isAssigned(viewer, scope, ['l2teacher']) || referent;
    case 'tutoringSessions':
    case 'peerSessions':
      return staff || isAssigned(viewer, scope, ['educator', 'l2teacher']) || referent;
    case 'familyMeetings':
      return staff || isAssigned(viewer, scope, ['mediator', 'l2teacher']) || referent;
    case 'termRecords':
      return staff;
    case 'interventions':
      return coordinates(viewer, scope) || referent || viewer.role === 'head';
  }
}

/** Edit and delete: the author, the class coordinator or the referent, within canLog. */
export function canAmend(
  viewer: Viewer,
  scope: PupilScope,
  kind: RecordKind,
  createdBy: string,
): boolean {
  return (
    canLog(viewer, scope, kind) &&
    (createdBy === viewer.uid || coordinates(viewer, scope) || viewer.role === 'referent')
  );
}

/** One list of records to read: a kind, all of it or only the records `ownerUid` owns. */
export type RecordRead = { kind: RecordKind; ownerUid: string | null };

/**
 * What the viewer may read (firestore.rules, canReadRecord): mediators the family meetings
 * only; educators the L2 tests, tutoring and peer sessions, and the interventions they own,
 * read by owner (a list of every intervention is refused); everyone else every kind.
 */
export function readableRecords(viewer: Viewer): RecordRead[] {
  const all = (kind: RecordKind): RecordRead => ({ kind, ownerUid: null });
  if (viewer.role === 'mediator') return [all('familyMeetings')];
  if (viewer.role === 'educator') {
    return [
      all('l2Assessments'),
      all('tutoringSessions'),
      all('peerSessions'),
      { kind: 'interventions', ownerUid: viewer.uid },
    ];
  }
  return RECORD_KINDS.map(all);
}

/** The kinds of readableRecords. */
export function readableKinds(viewer: Viewer): RecordKind[] {
  return readableRecords(viewer).map((r) => r.kind);
}
