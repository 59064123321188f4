import { onCall } from 'firebase-functions/v2/https';
import { inviteStaffInputSchema } from '../domain';
import { adminAuth } from '../lib/admin';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { assertMayGrant, grantRole } from '../lib/staff';

const NAME = 'inviteStaff';

/**
 * A head invites a colleague of their school (an admin anyone, heads included): creates the
 * account, gives the role, and returns the link with which the colleague sets a password.
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
  const link = await adminAuth.generatePasswordResetLink(input.email);
  return { uid: user.uid, passwordSetupLink: link };
});
