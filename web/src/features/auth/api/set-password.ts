import {
  confirmPasswordReset,
  signInWithEmailAndPassword,
  verifyPasswordResetCode,
} from 'firebase/auth';
import { auth } from '@/lib/firebase';

/** The account an emailed password link is for; rejects if the link expired or was used. */
export function emailOfPasswordLink(oobCode: string): Promise<string> {
  return verifyPasswordResetCode(auth, oobCode);
}

/**
 * Sets the password with the emailed code, signs in and closes the invitation (the server
 * refuses, and disables the account, if the invitation expired meanwhile).
 */
export async function setPasswordAndSignIn(
  oobCode: string,
  email: string,
  password: string,
): Promise<void> {
  await confirmPasswordReset(auth, oobCode, password);
  await signInWithEmailAndPassword(auth, email, password);
  const [{ httpsCallable }, { functions }] = await Promise.all([
    import('firebase/functions'),
    import('@/lib/functions'),
  ]);
  await httpsCallable(functions, 'acceptInvitation')({});
}
