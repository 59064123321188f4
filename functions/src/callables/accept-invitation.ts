import { onCall } from 'firebase-functions/v2/https';
import { ROLES, invitationState, paths } from '../domain';
import { adminAuth, db } from '../lib/admin';
import { refuse, requireCaller } from '../lib/callable';

const NAME = 'acceptInvitation';

/**
 * Called by the password page once the invitee has set a password and signed in: closes the
 * invitation. One that expired meanwhile is refused and the account disabled, as
 * `expireInvitations` would have done.
 */
export const acceptInvitation = onCall(async (request) => {
  const caller = await requireCaller(request, ROLES, NAME);
  const ref = db.doc(paths.user(caller.uid));
  const expiresAt: unknown = (await ref.get()).get('inviteExpiresAt');
  const inviteExpiresAt =
    expiresAt && typeof expiresAt === 'object' && 'toDate' in expiresAt
      ? (expiresAt as { toDate: () => Date }).toDate()
      : null;
  const state = invitationState({ inviteExpiresAt }, false, new Date());
  if (state === 'expired') {
    await adminAuth.updateUser(caller.uid, { disabled: true });
    await adminAuth.revokeRefreshTokens(caller.uid);
    refuse(
      'failed-precondition',
      {
        it: 'L’invito è scaduto: chiedi al dirigente di inviarlo di nuovo.',
        en: 'The invitation expired: ask the head to send it again.',
      },
      NAME,
      caller.uid,
    );
  }
  if (state === 'pending') await ref.update({ invitedAt: null, inviteExpiresAt: null });
  return { accepted: true };
});
