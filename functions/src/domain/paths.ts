import type { RecordKind } from './records';

/** Firestore paths of every collection; the only place that spells them. */
export const paths = {
  users: () => 'users',
  user: (uid: string) => `users/${uid}`,
  notifications: (uid: string) => `users/${uid}/notifications`,
  schools: () => 'schools',
  school: (schoolId: string) => `schools/${schoolId}`,
  classes: (schoolId: string) => `schools/${schoolId}/classes`,
  schoolClass: (schoolId: string, classId: string) => `schools/${schoolId}/classes/${classId}`,
  pupils: (schoolId: string) => `schools/${schoolId}/pupils`,
  pupil: (schoolId: string, pupilId: string) => `schools/${schoolId}/pupils/${pupilId}`,
  records: (schoolId: string, pupilId: string, kind: RecordKind) =>
    `schools/${schoolId}/pupils/${pupilId}/${kind}`,
  riskCurrent: (schoolId: string, pupilId: string) =>
    `schools/${schoolId}/pupils/${pupilId}/risk/current`,
  /** The need level educators and L2 teachers read (`pupilNeedSchema`). */
  needCurrent: (schoolId: string, pupilId: string) =>
    `schools/${schoolId}/pupils/${pupilId}/need/current`,
  riskHistory: (schoolId: string, pupilId: string) =>
    `schools/${schoolId}/pupils/${pupilId}/riskHistory`,
  schoolStats: (schoolId: string) => `schools/${schoolId}/stats`,
  districts: () => 'districts',
  district: (districtId: string) => `districts/${districtId}`,
  districtStats: (districtId: string) => `districts/${districtId}/stats`,
  auditLog: () => 'auditLog',
  transferRequests: () => 'transferRequests',
  transferRequest: (requestId: string) => `transferRequests/${requestId}`,
  sessionPlans: (schoolId: string) => `schools/${schoolId}/sessionPlans`,
  sessionPlan: (schoolId: string, planId: string) => `schools/${schoolId}/sessionPlans/${planId}`,
} as const;
