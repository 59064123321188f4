import { onCall } from 'firebase-functions/v2/https';
import { inviteStaffInputSchema, paths } from '../domain';
import { adminAuth } from '../lib/admin';
import { writeAudit } from '../lib/audit';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { sendInvitation } from '../lib/invitations';
import { assertMayGrant, grantRole } from '../lib/staff';

const NAME = 'inviteStaff';

/**
 * A head invites a colleague of their school (an admin anyone, heads included): creates the
 * account, gives the role, and has Firebase Auth email the colleague the link to set a
 * password. The link is never returned: whoever held it could take the account over. The
 * invitation can be completed for `INVITATION_DAYS`; then the head re-sends it.
 */
export const inviteStaff = onCall(async (request) => {
  const caller = await requireCaller(request, ['head', 'admin'], NAME);
  const input = parseInput(inviteStaffInputSchema, request.data);
  assertMayGrant(caller, input, NAME);
  const existing = await adminAuth.getUserByEmail(input.email).catch(() => null);
  if (existing) {
    refuse(
      'failed-precondition',
      {
        it: 'Esiste già un account con questa email: cambia il suo ruolo dall’elenco del personale.',
        en: 'An account with this email exists: change its role from the staff list.',
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
  await grantRole(caller, user.uid, input);
  const now = new Date();
  const expiresAt = await sendInvitation(user.uid, input.email, now);
  await writeAudit({
    at: now,
    action: 'invitationSent',
    schoolId: input.schoolId,
    pupilId: null,
    targetPath: paths.user(user.uid),
    actorUid: caller.uid,
    changedFields: [],
  });
  return { uid: user.uid, email: input.email, inviteExpiresAt: expiresAt.toISOString() };
});
