import { adminAuth, db } from './admin';
import { authEmulatorHost, webApiKey } from './config';
import { logs } from './logs';
import { invitationExpiry, paths } from '../domain';

/**
 * Has Firebase Auth send its own password-reset email to `email` (the invitee), as the client
 * SDK's `sendPasswordResetEmail` does: the link goes to the invitee's mailbox and never passes
 * through the head. On the emulators the Auth emulator keeps the code (listed at
 * /emulator/v1/projects/<project>/oobCodes) and prints the link in its log.
 */
export async function sendPasswordSetupEmail(email: string): Promise<void> {
  const emulator = authEmulatorHost();
  const base = emulator
    ? `http://${emulator}/identitytoolkit.googleapis.com`
    : 'https://identitytoolkit.googleapis.com';
  const key = emulator ? 'emulator' : webApiKey.value();
  const response = await fetch(`${base}/v1/accounts:sendOobCode?key=${encodeURIComponent(key)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ requestType: 'PASSWORD_RESET', email }),
  });
  if (!response.ok) {
    throw new Error(`sendOobCode failed: ${response.status} ${await response.text()}`);
  }
}

/**
 * Starts (or restarts) an invitation: the account is enabled, the profile records when the
 * invitation was sent and when it expires, and the email goes out.
 */
export async function sendInvitation(uid: string, email: string, now: Date): Promise<Date> {
  const expiresAt = invitationExpiry(now);
  await adminAuth.updateUser(uid, { disabled: false });
  await db.doc(paths.user(uid)).update({ invitedAt: now, inviteExpiresAt: expiresAt });
  await sendPasswordSetupEmail(email);
  logs.invitationSent(uid, expiresAt.toISOString(), Boolean(authEmulatorHost()));
  return expiresAt;
}

/**
 * Whether the person signed in after their account was made. The Auth emulator stamps a sign-in
 * time at creation (production leaves it empty), so a sign-in within a minute of creation
 * does not count.
 */
export function hasSignedInSinceCreation(metadata: {
  creationTime: string;
  lastSignInTime: string | null;
}): boolean {
  if (!metadata.lastSignInTime) return false;
  const created = Date.parse(metadata.creationTime);
  return Date.parse(metadata.lastSignInTime) - created > 60_000;
}

/**
 * Disables every account whose invitation expired unused, so the password can no longer be
 * set (the head re-sends it); clears the invitation of those who did sign in. Returns how
 * many accounts were disabled.
 */
export async function expireInvitations(now: Date): Promise<number> {
  const due = await db.collection(paths.users()).where('inviteExpiresAt', '<=', now).get();
  let disabled = 0;
  for (const profile of due.docs) {
    const user = await adminAuth.getUser(profile.id).catch(() => null);
    if (user && hasSignedInSinceCreation(user.metadata)) {
      await profile.ref.update({ invitedAt: null, inviteExpiresAt: null });
    } else if (user && !user.disabled) {
      await adminAuth.updateUser(profile.id, { disabled: true });
      logs.invitationExpired(profile.id);
      disabled += 1;
    }
  }
  return disabled;
}
