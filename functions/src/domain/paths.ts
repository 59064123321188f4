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
  /** Programme monitoring (monitoring.ts): aggregates per period and frozen reports. */
  pupilMonitoringFacts: (schoolId: string, pupilId: string) =>
    `schools/${schoolId}/pupils/${pupilId}/monitoringFacts/current`,
  schoolMonitoring: (schoolId: string) => `schools/${schoolId}/monitoring`,
  districtMonitoring: (districtId: string) => `districts/${districtId}/monitoring`,
  regionMonitoring: (regionId: string) => `regions/${regionId}/monitoring`,
  schoolReports: (schoolId: string) => `schools/${schoolId}/reports`,
  districtReports: (districtId: string) => `districts/${districtId}/reports`,
  regionReports: (regionId: string) => `regions/${regionId}/reports`,
  /** The Ambito's services directory (public: no personal data). */
  organizations: (districtId: string) => `districts/${districtId}/organizations`,
  organization: (districtId: string, orgId: string) =>
    `districts/${districtId}/organizations/${orgId}`,
  services: (districtId: string) => `districts/${districtId}/services`,
  service: (districtId: string, serviceId: string) =>
    `districts/${districtId}/services/${serviceId}`,
  auditLog: () => 'auditLog',
  transferRequests: () => 'transferRequests',
  transferRequest: (requestId: string) => `transferRequests/${requestId}`,
  orientation: (schoolId: string, pupilId: string) =>
    `schools/${schoolId}/pupils/${pupilId}/orientation`,
  orientationRecord: (schoolId: string, pupilId: string, docId: string) =>
    `schools/${schoolId}/pupils/${pupilId}/orientation/${docId}`,
  transitions: () => 'transitions',
  transition: (transitionId: string) => `transitions/${transitionId}`,
  sessionPlans: (schoolId: string) => `schools/${schoolId}/sessionPlans`,
  sessionPlan: (schoolId: string, planId: string) => `schools/${schoolId}/sessionPlans/${planId}`,
  /** Referrals to territorial services (issue 13): the header both sides read. */
  referrals: () => 'referrals',
  referral: (referralId: string) => `referrals/${referralId}`,
  /** Only the ticked parts of the pupil's data, while the family's consent holds. */
  referralShared: (referralId: string) => `referrals/${referralId}/shared/current`,
} as const;
