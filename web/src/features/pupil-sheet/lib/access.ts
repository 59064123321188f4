import type { Role } from '@domain';

/**
 * Roles that read all of a pupil's school record (DOMAIN.md, "Who reads what"): the class
 * staff, the referent and the head. The rules still decide which pupils (a teacher only those
 * of their classes); educators and mediators read less and get no sheet.
 */
export const PUPIL_SHEET_ROLES: readonly Role[] = [
  'teacher',
  'l2teacher',
  'coordinator',
  'referent',
  'head',
];
