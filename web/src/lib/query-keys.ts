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
  /** Everything the printable pupil sheet shows. */
  pupilSheet: (schoolId: string, pupilId: string) =>
    ['schools', schoolId, 'pupil', pupilId, 'sheet'] as const,
};
