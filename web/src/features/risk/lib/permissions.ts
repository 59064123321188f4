import type { Role } from '@domain';
import type { RiskScope } from '@/lib/query-keys';

/** Who is looking at the pupil page. */
export type RiskViewer = { uid: string; role: Role };

/** Everyone who reads the pupil sees the level, except mediators (firestore.rules). */
export function canSeeRisk(role: Role): boolean {
  return role !== 'mediator';
}

/**
 * Educators see the need level (`need/current`: level, flag codes, their follow-ups), never
 * the evidence of `risk/current` (marks, absences, conduct): DOMAIN.md, "Who reads what".
 */
export function readsNeedOnly(role: Role): boolean {
  return role === 'educator';
}

/**
 * Roles whose "Da fare" comes from `need` (the follow-ups of the assigned staff) rather than
 * from `risk`: educators may not query `risk`, and an L2 teacher's own follow-ups are there.
 */
export function followUpsFromNeed(role: Role): boolean {
  return role === 'educator' || role === 'l2teacher';
}

/**
 * The class coordinator, the school's referent and the head confirm or dismiss flags (the
 * `reviewFlag` callable checks the same). A coordinator of another class who teaches here may
 * not.
 */
export function canReviewFlags(viewer: RiskViewer, classCoordinatorUid: string | null): boolean {
  return (
    viewer.role === 'referent' ||
    viewer.role === 'head' ||
    (viewer.role === 'coordinator' && classCoordinatorUid === viewer.uid)
  );
}

/** Whether the role may have to review flags, so the panel needs the class's coordinator. */
export function mayReviewFlags(role: Role): boolean {
  return role === 'referent' || role === 'coordinator' || role === 'head';
}

/** Roles the functions notify when a pupil's level rises (coordinator, referents): the bell. */
export function receivesRiskAlerts(role: Role): boolean {
  return role === 'referent' || role === 'coordinator';
}

/** Whose flags a person's review queue lists, or null for roles without one. */
export function reviewQueueScope(viewer: RiskViewer): RiskScope | null {
  if (viewer.role === 'coordinator') return { kind: 'coordinator', uid: viewer.uid };
  if (viewer.role === 'referent' || viewer.role === 'head') return { kind: 'school' };
  return null;
}

/** Roles that own follow-ups (`FOLLOW_UP_OWNERS`): they get the to-do list. */
export function ownsFollowUps(role: Role): boolean {
  return ['coordinator', 'referent', 'l2teacher', 'educator'].includes(role);
}
