import { onCall } from 'firebase-functions/v2/https';
import { paths, resendInvitationInputSchema } from '../domain';
import { adminAuth, db } from '../lib/admin';
import { writeAudit } from '../lib/audit';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { hasSignedInSinceCreation, sendInvitation } from '../lib/invitations';
import { assertMayChange } from '../lib/staff';

const NAME = 'resendInvitation';

/**
 * The head sends a never-used invitation again (typically an expired one): the account is
 * enabled again, the invitation gets a new expiry and Firebase Auth emails a new link.
 */
export const resendInvitation = onCall(async (request) => {
  const caller = await requireCaller(request, ['head', 'admin'], NAME);
  const { uid } = parseInput(resendInvitationInputSchema, request.data);
  const profile = await db.doc(paths.user(uid)).get();
  if (!profile.exists) {
    refuse('not-found', { it: 'Utente non trovato.', en: 'User not found.' }, NAME, caller.uid);
  }
  assertMayChange(caller, { schoolId: profile.get('schoolId'), role: profile.get('role') }, NAME);
  const user = await adminAuth.getUser(uid);
  if (
    hasSignedInSinceCreation(user.metadata) ||
    !profile.get('inviteExpiresAt') ||
    !profile.get('role')
  ) {
    refuse(
      'failed-precondition',
      {
        it: 'Questo collega ha già accettato l’invito o non ha un invito in sospeso.',
        en: 'This colleague already accepted the invitation or has none pending.',
      },
      NAME,
      caller.uid,
    );
  }
  const now = new Date();
  const expiresAt = await sendInvitation(uid, String(user.email), now);
  await writeAudit({
    at: now,
    action: 'invitationSent',
    schoolId: (profile.get('schoolId') as string | null) ?? null,
    pupilId: null,
    targetPath: paths.user(uid),
    actorUid: caller.uid,
    changedFields: [],
  });
  return { uid, email: String(user.email), inviteExpiresAt: expiresAt.toISOString() };
});
