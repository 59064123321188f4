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

/**
 * Kinds the viewer may read (firestore.rules, canReadRecord): mediators the family meetings
 * only; educators the L2 tests, tutoring and peer sessions (the interventions they own need a
 * query by owner, not listed here yet); everyone else every kind.
 */
export function readableKinds(viewer: Viewer): RecordKind[] {
  if (viewer.role === 'mediator') return ['familyMeetings'];
  if (viewer.role === 'educator') return ['l2Assessments', 'tutoringSessions', 'peerSessions'];
  return [...RECORD_KINDS];
}
