import { onCall } from 'firebase-functions/v2/https';
import { inviteStaffInputSchema } from '../domain';
import { parseInput, requireCaller } from '../lib/callable';
import { assertMayGrant, inviteAccount } from '../lib/staff';

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
  return inviteAccount(
    caller,
    input,
    { schoolId: input.schoolId, changedFields: [] },
    {
      it: 'Esiste già un account con questa email: cambia il suo ruolo dall’elenco del personale.',
      en: 'An account with this email exists: change its role from the staff list.',
    },
    NAME,
  );
});
