import type { Pupil, RoleClaims, SchoolClass } from '@domain';
import type { WithId } from '@/lib/collections';

export type PupilRecord = WithId<Pupil>;
export type ClassRecord = WithId<SchoolClass>;

/** Claims of a role that belongs to one school (everyone but district and admin). */
export type SchoolClaims = Extract<RoleClaims, { schoolId: string }>;

export function hasSchool(claims: RoleClaims): claims is SchoolClaims {
  return 'schoolId' in claims;
}
