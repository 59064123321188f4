import type { Pupil, RoleClaims, SchoolClass } from '@domain';
import type { WithId } from '@/lib/collections';

export type PupilRecord = WithId<Pupil>;
export type ClassRecord = WithId<SchoolClass>;

/** Claims of a role that belongs to one school (everyone but district and admin). */
export type SchoolClaims = Extract<RoleClaims, { schoolId: string }>;

export function hasSchool(claims: RoleClaims): claims is SchoolClaims {
  return 'schoolId' in claims;
}

/**
 * Months after the first Italian school entry during which a pupil counts as NAI, when the
 * school has not set its own value (DOMAIN.md: schools use 18-24, default 24).
 */
export const DEFAULT_NAI_MONTHS = 24;
