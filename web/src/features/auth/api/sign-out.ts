import { signOut as firebaseSignOut } from 'firebase/auth';
import { auth, loadedFirestore } from '@/lib/firebase';

/**
 * Signs out and clears the pupils' data Firestore cached on the device (see lib/firestore.ts).
 * The Firestore instance is closed by that, so the caller reloads the page afterwards.
 */
export async function signOut(): Promise<void> {
  await loadedFirestore.clearOnSignOut?.();
  await firebaseSignOut(auth);
}
