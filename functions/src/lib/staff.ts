import {
  type Role,
  type RoleClaims,
  type SetStaffRoleInput,
  HEAD_ASSIGNABLE_ROLES,
  SCHOOL_ROLES,
  paths,
} from '../domain';
import { adminAuth, db } from './admin';
import { auditIn, writeAudit } from './audit';
import { type CallerClaims, refuse } from './callable';
import { sendInvitation } from './invitations';

const SCOPE_MESSAGE = {
  it: 'Puoi assegnare solo ruoli della tua scuola (non dirigente, Ambito o amministratore).',
  en: 'You can only give roles within your own school (not head, Ambito or admin).',
};
const MISSING_SCOPE = {
  it: 'Indica la scuola, l’Ambito (e l’ente, per un operatore dei servizi) o la Regione del ruolo.',
  en: 'Give the school, the Ambito (and the organisation, for a service operator) or the Region of the role.',
};

/** Claims for a role; refuses a school role without a school or a district role without one. */
export function claimsFor(input: Omit<SetStaffRoleInput, 'uid'>, rv: number): RoleClaims {
  const role: Role = input.role;
  if (role === 'admin') return { role, rv };
  if (role === 'district') {
    if (!input.districtId) refuse('failed-precondition', MISSING_SCOPE, 'claimsFor');
    return { role, districtId: input.districtId, rv };
  }
  if (role === 'operator') {
    if (!input.districtId || !input.organizationId)
      refuse('failed-precondition', MISSING_SCOPE, 'claimsFor');
    return { role, districtId: input.districtId, organizationId: input.organizationId, rv };
  }
  if (role === 'region') {
    if (!input.regionId) refuse('failed-precondition', MISSING_SCOPE, 'claimsFor');
    return { role, regionId: input.regionId, rv };
  }
  if (!input.schoolId) refuse('failed-precondition', MISSING_SCOPE, 'claimsFor');
  return { role: role as (typeof SCHOOL_ROLES)[number], schoolId: input.schoolId, rv };
}

/** A head acts only within their school and never names heads, Ambito users or admins. */
export function assertMayGrant(
  caller: CallerClaims,
  input: Omit<SetStaffRoleInput, 'uid'>,
  name: string,
): void {
  if (caller.role === 'admin') return;
  // An Ambito coordinator names only service operators of their own Ambito (issue 13).
  if (caller.role === 'district') {
    if (input.role !== 'operator' || input.districtId !== caller.districtId) {
      refuse('permission-denied', SCOPE_MESSAGE, name, caller.uid);
    }
    return;
  }
  const ownSchool = 'schoolId' in caller ? caller.schoolId : null;
  if (!HEAD_ASSIGNABLE_ROLES.includes(input.role) || input.schoolId !== ownSchool) {
    refuse('permission-denied', SCOPE_MESSAGE, name, caller.uid);
  }
}

/**
 * A head may change only colleagues of their own school whose current role a head could give
 * (not another head); an admin anyone.
 */
export function assertMayChange(
  caller: CallerClaims,
  target: { schoolId: unknown; role: unknown },
  name: string,
) {
  if (caller.role === 'admin') return;
  const sameSchool = 'schoolId' in caller && target.schoolId === caller.schoolId;
  const changeable =
    target.role === null || HEAD_ASSIGNABLE_ROLES.some((role) => role === target.role);
  if (!sameSchool || !changeable) refuse('permission-denied', SCOPE_MESSAGE, name, caller.uid);
}

/**
 * Gives `uid` a role: bumps the role version in the profile and in the claims together, so
 * any token issued before stops working at its next request (see `isCurrent()` in the rules).
 */
export async function grantRole(
  caller: CallerClaims,
  uid: string,
  input: Omit<SetStaffRoleInput, 'uid'> & { email: string; displayName: string },
): Promise<number> {
  const profileRef = db.doc(paths.user(uid));
  const rv = await db.runTransaction(async (tx) => {
    const current = await tx.get(profileRef);
    const next = Number(current.get('roleVersion') ?? 0) + 1;
    tx.set(profileRef, {
      displayName: input.displayName,
      email: input.email,
      role: input.role,
      schoolId: SCHOOL_ROLES.some((role) => role === input.role) ? input.schoolId : null,
      districtId: input.role === 'district' || input.role === 'operator' ? input.districtId : null,
      organizationId: input.role === 'operator' ? (input.organizationId ?? null) : null,
      regionId: input.role === 'region' ? (input.regionId ?? null) : null,
      language: current.get('language') ?? 'it',
      roleVersion: next,
      // A pending invitation survives a change of role.
      invitedAt: current.get('invitedAt') ?? null,
      inviteExpiresAt: current.get('inviteExpiresAt') ?? null,
    });
    auditIn(tx, {
      at: new Date(),
      action: 'roleGranted',
      schoolId: input.schoolId,
      pupilId: null,
      targetPath: profileRef.path,
      actorUid: caller.uid,
      changedFields: ['role'],
    });
    return next;
  });
  await adminAuth.setCustomUserClaims(uid, claimsFor(input, rv));
  return rv;
}

/**
 * Creates an invited account: refuses an email that already has one (`existsMessage` says
 * what to do instead), gives the role, has Firebase Auth email the invitee the link to set a
 * password (never returned: whoever held it could take the account over) and audits it.
 */
export async function inviteAccount(
  caller: CallerClaims,
  grant: Omit<SetStaffRoleInput, 'uid'> & { email: string; displayName: string },
  audit: { schoolId: string | null; changedFields: string[] },
  existsMessage: { it: string; en: string },
  name: string,
): Promise<{ uid: string; email: string; inviteExpiresAt: string }> {
  const existing = await adminAuth.getUserByEmail(grant.email).catch(() => null);
  if (existing) refuse('failed-precondition', existsMessage, name, caller.uid);
  const user = await adminAuth.createUser({
    email: grant.email,
    displayName: grant.displayName,
    emailVerified: false,
  });
  await grantRole(caller, user.uid, grant);
  const now = new Date();
  const expiresAt = await sendInvitation(user.uid, grant.email, now);
  await writeAudit({
    at: now,
    action: 'invitationSent',
    schoolId: audit.schoolId,
    pupilId: null,
    targetPath: paths.user(user.uid),
    actorUid: caller.uid,
    changedFields: audit.changedFields,
  });
  return { uid: user.uid, email: grant.email, inviteExpiresAt: expiresAt.toISOString() };
}
