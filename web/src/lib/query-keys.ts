// One factory for the query keys of what the app reads, so a mutation refreshes exactly the
// key it changed (never a prefix that refetches a whole school). Keys of pages still built in
// place move here as they are touched.

/** Whose pupils a risk list covers: the whole school, or the classes a coordinator leads. */
export type RiskScope = { kind: 'school' } | { kind: 'coordinator'; uid: string };

export const queryKeys = {
  risk: {
    /** Live `risk/current` of one pupil. */
    current: (schoolId: string, pupilId: string) =>
      ['schools', schoolId, 'pupil', pupilId, 'risk'] as const,
    /** Live `need/current` of one pupil (what educators see of the flags). */
    need: (schoolId: string, pupilId: string) =>
      ['schools', schoolId, 'pupil', pupilId, 'need'] as const,
    /** Live `riskHistory` of one pupil. */
    history: (schoolId: string, pupilId: string) =>
      ['schools', schoolId, 'pupil', pupilId, 'riskHistory'] as const,
    /** Flags waiting for a decision, for a coordinator's classes or the whole school. */
    reviewQueue: (schoolId: string, scope: RiskScope) =>
      ['schools', schoolId, 'risk', 'reviewQueue', scope] as const,
    /** Follow-ups one person owns. */
    followUps: (schoolId: string, uid: string) =>
      ['schools', schoolId, 'risk', 'followUps', uid] as const,
    /** Level and open follow-ups of the whole school's pupils, or of some classes' (sorted ids). */
    pupilNeeds: (schoolId: string, scope: 'school' | readonly string[]) =>
      ['schools', schoolId, 'risk', 'pupilNeeds', scope] as const,
  },
  notifications: (uid: string) => ['users', uid, 'notifications'] as const,
  admin: {
    /** Every school, for the admin's schools page. */
    schools: () => ['admin', 'schools'] as const,
    /** Every head, to show who leads each school. */
    heads: () => ['admin', 'heads'] as const,
  },
  /** The Ambiti, for the school pickers. */
  districts: () => ['districts'] as const,
  /** An Ambito's services directory, organisations and services (issue 13; public). */
  directory: (districtId: string) => ['districts', districtId, 'directory'] as const,
  /** Referrals to territorial services (issue 13). */
  referrals: {
    /** Live list of the referrals addressed to an organisation (its operators'). */
    forOrganization: (districtId: string, organizationId: string) =>
      ['referrals', 'organization', districtId, organizationId] as const,
    /** Live list of one pupil's referrals. */
    forPupil: (schoolId: string, pupilId: string) =>
      ['referrals', 'pupil', schoolId, pupilId] as const,
    /** Referrals waiting for a reply: the sender's, or the whole school's (head, referent). */
    waiting: (schoolId: string, scope: 'school' | { uid: string }) =>
      ['referrals', 'waiting', schoolId, scope] as const,
    /** Live header of one referral. */
    one: (referralId: string) => ['referrals', 'one', referralId] as const,
    /** Live shared data of one referral. */
    shared: (referralId: string) => ['referrals', 'one', referralId, 'shared'] as const,
    /** The Ambito's directory as the send form shows it. */
    services: (districtId: string) => ['districts', districtId, 'referralServices'] as const,
    /** The Ambito's referral figures. */
    stats: (districtId: string) => ['districts', districtId, 'stats', 'referrals'] as const,
  },
  /** Programme monitoring (issue 15): a scope's period figures and its frozen reports. */
  monitoring: {
    figures: (scope: 'school' | 'district' | 'region', scopeId: string, period: string) =>
      ['monitoring', scope, scopeId, 'figures', period] as const,
    reports: (scope: 'school' | 'district' | 'region', scopeId: string) =>
      ['monitoring', scope, scopeId, 'reports'] as const,
  },
  /** Everything the printable pupil sheet shows. */
  pupilSheet: (schoolId: string, pupilId: string) =>
    ['schools', schoolId, 'pupil', pupilId, 'sheet'] as const,
};
