import { onCall } from 'firebase-functions/v2/https';
import { inviteOperatorInputSchema, paths } from '../domain';
import { adminAuth, db } from '../lib/admin';
import { writeAudit } from '../lib/audit';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { sendInvitation } from '../lib/invitations';
import { assertMayGrant, grantRole } from '../lib/staff';

const NAME = 'inviteOperator';

/**
 * The Ambito coordinator invites a service operator for an organisation of their Ambito's
 * directory: the account, the role `operator` scoped to the Ambito and the organisation, and
 * Firebase Auth's own email with the link to set a password (as inviteStaff does).
 */
export const inviteOperator = onCall(async (request) => {
  const caller = await requireCaller(request, ['district'], NAME);
  const input = parseInput(inviteOperatorInputSchema, request.data);
  const districtId = caller.role === 'district' ? caller.districtId : '';
  const grant = {
    email: input.email,
    displayName: input.displayName,
    role: 'operator' as const,
    schoolId: null,
    districtId,
    organizationId: input.organizationId,
  };
  assertMayGrant(caller, grant, NAME);
  const organization = await db.doc(paths.organization(districtId, input.organizationId)).get();
  if (!organization.exists) {
    refuse(
      'not-found',
      {
        it: 'Ente non trovato nell’elenco dei servizi del tuo Ambito.',
        en: 'Organisation not found in your Ambito’s directory.',
      },
      NAME,
      caller.uid,
    );
  }
  const existing = await adminAuth.getUserByEmail(input.email).catch(() => null);
  if (existing) {
    refuse(
      'failed-precondition',
      {
        it: 'Esiste già un account con questa email.',
        en: 'An account with this email exists.',
      },
      NAME,
      caller.uid,
    );
  }
  const user = await adminAuth.createUser({
    email: input.email,
    displayName: input.displayName,
    emailVerified: false,
  });
  await grantRole(caller, user.uid, grant);
  const now = new Date();
  const expiresAt = await sendInvitation(user.uid, input.email, now);
  await writeAudit({
    at: now,
    action: 'invitationSent',
    schoolId: null,
    pupilId: null,
    targetPath: paths.user(user.uid),
    actorUid: caller.uid,
    changedFields: ['organizationId'],
  });
  return { uid: user.uid, email: input.email, inviteExpiresAt: expiresAt.toISOString() };
});
