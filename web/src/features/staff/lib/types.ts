import type { AuditEntry, Pupil, Role, RoleClaims, SchoolClass, UserProfile } from '@domain';
import { HEAD_ASSIGNABLE_ROLES } from '@domain';
import type { WithId } from '@/lib/collections';

export type StaffMember = WithId<UserProfile>;
export type ClassRecord = WithId<SchoolClass>;
export type PupilRecord = WithId<Pupil>;
export type AuditRecord = WithId<AuditEntry>;

/** Who manages staff: a head within their school, an admin anywhere. */
export type StaffManager =
  { role: 'head'; uid: string; schoolId: string } | { role: 'admin'; uid: string };

/** The manager behind a session, or null for any other role. */
export function staffManagerOf(uid: string, claims: RoleClaims | null): StaffManager | null {
  if (claims?.role === 'head') return { role: 'head', uid, schoolId: claims.schoolId };
  if (claims?.role === 'admin') return { role: 'admin', uid };
  return null;
}

const ADMIN_ASSIGNABLE_ROLES: readonly Role[] = [...HEAD_ASSIGNABLE_ROLES, 'head'];
const ADMIN_INVITABLE_ROLES: readonly Role[] = [...ADMIN_ASSIGNABLE_ROLES, 'district', 'region'];

/** Roles the manager may give: a head never names heads (the admin does). */
export function assignableRoles(manager: StaffManager): readonly Role[] {
  return manager.role === 'admin' ? ADMIN_ASSIGNABLE_ROLES : HEAD_ASSIGNABLE_ROLES;
}

/**
 * Roles the manager may invite: those they may give, and for the admin also the Ambito
 * coordinator, who belongs to an Ambito instead of a school (the staff list, being one
 * school's, never turns a colleague into one).
 */
export function invitableRoles(manager: StaffManager): readonly Role[] {
  return manager.role === 'admin' ? ADMIN_INVITABLE_ROLES : HEAD_ASSIGNABLE_ROLES;
}

/** Whether the manager may change or revoke this colleague (never themselves, never above). */
export function mayManage(manager: StaffManager, member: StaffMember): boolean {
  if (member.id === manager.uid) return false;
  if (manager.role === 'admin') return member.role !== 'admin';
  return member.role === null || HEAD_ASSIGNABLE_ROLES.includes(member.role);
}

/** Roles that teach in a class (the rules give them the class's pupils). */
export const CLASS_TEACHING_ROLES: readonly Role[] = ['teacher', 'l2teacher', 'coordinator'];
