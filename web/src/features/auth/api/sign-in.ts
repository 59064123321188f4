import { signInWithEmailAndPassword } from 'firebase/auth';
import { auth } from '@/lib/firebase';

/** Email and password sign-in; rejects with the Firebase Auth error (code "auth/..."). */
export async function signIn(email: string, password: string): Promise<void> {
  await signInWithEmailAndPassword(auth, email, password);
}
