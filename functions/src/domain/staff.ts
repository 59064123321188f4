import { z } from 'zod';
import { idSchema, text } from './common';
import { roleSchema, type Role } from './roles';

// Inputs of the staff-management callables, shared by the forms and the functions.

export const inviteStaffInputSchema = z.strictObject({
  email: z.email({ error: 'validation.email' }),
  displayName: text(120),
  role: roleSchema,
  schoolId: idSchema.nullable(),
  districtId: idSchema.nullable(),
  /** Operators: their organisation in the Ambito's services directory. */
  organizationId: idSchema.nullable().optional(),
  /** Region accounts. */
  regionId: idSchema.nullable().optional(),
});
export type InviteStaffInput = z.infer<typeof inviteStaffInputSchema>;

export const setStaffRoleInputSchema = z.strictObject({
  uid: idSchema,
  role: roleSchema,
  schoolId: idSchema.nullable(),
  districtId: idSchema.nullable(),
  /** Operators: their organisation in the Ambito's services directory. */
  organizationId: idSchema.nullable().optional(),
  /** Region accounts. */
  regionId: idSchema.nullable().optional(),
});
export type SetStaffRoleInput = z.infer<typeof setStaffRoleInputSchema>;

export const revokeStaffInputSchema = z.strictObject({ uid: idSchema });

export const resendInvitationInputSchema = z.strictObject({ uid: idSchema });

/** Roles a head may give within their own school (not head: the admin names heads). */
export const HEAD_ASSIGNABLE_ROLES: readonly Role[] = [
  'teacher',
  'l2teacher',
  'educator',
  'mediator',
  'coordinator',
  'referent',
];
