import { z } from 'zod';
import { ROLES, SCHOOL_ROLES, type Role } from './role-names';

export { ROLES, SCHOOL_ROLES, type Role } from './role-names';

export const roleSchema = z.enum(ROLES);

/** Custom claims; `rv` is the role version the rules compare with `users/{uid}.roleVersion`. */
export const roleClaimsSchema = z.discriminatedUnion('role', [
  z.object({ role: z.enum(SCHOOL_ROLES), schoolId: z.string().min(1), rv: z.number().int() }),
  z.object({ role: z.literal('district'), districtId: z.string().min(1), rv: z.number().int() }),
  z.object({
    role: z.literal('operator'),
    districtId: z.string().min(1),
    organizationId: z.string().min(1),
    rv: z.number().int(),
  }),
  z.object({ role: z.literal('region'), regionId: z.string().min(1), rv: z.number().int() }),
  z.object({ role: z.literal('admin'), rv: z.number().int() }),
]);
export type RoleClaims = z.infer<typeof roleClaimsSchema>;

/** Roles that see every pupil of their school. */
export const SCHOOL_WIDE_ROLES: readonly Role[] = ['referent', 'head'];

/** Roles that see pupils through an explicit assignment on the pupil document. */
export const ASSIGNMENT_ROLES: readonly Role[] = ['l2teacher', 'educator', 'mediator'];
