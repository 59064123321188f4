import { DEFAULT_THRESHOLDS, type Role, type School, type UserProfile } from '@domain';

/** A colleague of school-1 as the staff pages list them. */
export function staffMember(
  id: string,
  displayName: string,
  role: Role | null,
): UserProfile & { id: string } {
  return {
    id,
    displayName,
    email: `${id}@scuola.it`,
    role,
    schoolId: 'school-1',
    districtId: null,
    language: 'it',
    roleVersion: 1,
  };
}

/** A school of Ambito 21 with the default settings; name, code and city given. */
export function schoolFixture(school: Pick<School, 'name' | 'code' | 'city'>): School {
  return {
    kind: 'IC',
    districtId: 'ambito-21',
    settings: {
      schoolYear: '2026/27',
      termSystem: 'quadrimestri',
      naiMonths: 24,
      thresholds: DEFAULT_THRESHOLDS,
    },
    ...school,
  };
}
