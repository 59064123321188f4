import { signOut as firebaseSignOut } from 'firebase/auth';
import { auth, loadedFirestore } from '@/lib/firebase';

/**
 * Signs out and clears the pupils' data Firestore cached on the device (see lib/firestore.ts).
 * The Firestore instance is closed by that, so the caller reloads the page afterwards.
 * `unsentKept`: records saved offline could not be sent, so the device cache was kept for them.
 */
export async function signOut(): Promise<{ unsentKept: boolean }> {
  const cache = await loadedFirestore.clearOnSignOut?.();
  await firebaseSignOut(auth);
  return { unsentKept: cache === 'kept' };
}
