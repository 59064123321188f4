import { z } from 'zod';

/** Staff roles of DOMAIN.md, stored as the `role` Firebase Auth custom claim. */
export const ROLES = [
  'teacher',
  'l2teacher',
  'educator',
  'mediator',
  'coordinator',
  'referent',
  'head',
  'district',
  'admin',
] as const;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that belong to one school and carry the `schoolId` claim. */
export const SCHOOL_ROLES = [
  'teacher',
  'l2teacher',
  'educator',
  'mediator',
  'coordinator',
  'referent',
  'head',
] as const satisfies readonly Role[];

/** Custom claims; `rv` is the role version the rules compare with `users/{uid}.roleVersion`. */
export const roleClaimsSchema = z.discriminatedUnion('role', [
  z.object({ role: z.enum(SCHOOL_ROLES), schoolId: z.string().min(1), rv: z.number().int() }),
  z.object({ role: z.literal('district'), districtId: z.string().min(1), rv: z.number().int() }),
  z.object({ role: z.literal('admin'), rv: z.number().int() }),
]);
export type RoleClaims = z.infer<typeof roleClaimsSchema>;

/** Roles that see every pupil of their school. */
export const SCHOOL_WIDE_ROLES: readonly Role[] = ['referent', 'head'];

/** Roles that see pupils through an explicit assignment on the pupil document. */
export const ASSIGNMENT_ROLES: readonly Role[] = ['l2teacher', 'educator', 'mediator'];
