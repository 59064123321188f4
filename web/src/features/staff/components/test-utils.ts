import type { InviteStaffInput } from '@domain';

/** A react-query result that has loaded `data`, as the mocked hooks return it. */
export function loadedQuery<T>(data: T) {
  return { isPending: false, isError: false, data };
}

/** What the invite form sends: a school's colleague, or an Ambito coordinator. */
export function invitation(
  email: string,
  displayName: string,
  role: InviteStaffInput['role'],
  scope: { schoolId: string } | { districtId: string },
): InviteStaffInput {
  return {
    email,
    displayName,
    role,
    schoolId: 'schoolId' in scope ? scope.schoolId : null,
    districtId: 'districtId' in scope ? scope.districtId : null,
  };
}
