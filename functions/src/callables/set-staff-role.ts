import { onCall } from 'firebase-functions/v2/https';
import { paths, setStaffRoleInputSchema } from '../domain';
import { adminAuth, db } from '../lib/admin';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { assertMayGrant, assertMayChange, grantRole } from '../lib/staff';

const NAME = 'setStaffRole';

/** Changes a colleague's role; their old token stops working at its next request. */
export const setStaffRole = onCall(async (request) => {
  const caller = await requireCaller(request, ['head', 'admin'], NAME);
  const input = parseInput(setStaffRoleInputSchema, request.data);
  if (input.uid === caller.uid) {
    refuse(
      'failed-precondition',
      { it: 'Non puoi cambiare il tuo stesso ruolo.', en: 'You cannot change your own role.' },
      NAME,
      caller.uid,
    );
  }
  const profile = await db.doc(paths.user(input.uid)).get();
  assertMayChange(caller, { schoolId: profile.get('schoolId'), role: profile.get('role') }, NAME);
  assertMayGrant(caller, input, NAME);
  const user = await adminAuth.getUser(input.uid);
  const rv = await grantRole(caller, input.uid, {
    ...input,
    email: user.email ?? String(profile.get('email')),
    displayName: user.displayName ?? String(profile.get('displayName')),
  });
  return { roleVersion: rv };
});
