import { onIdTokenChanged, type User } from 'firebase/auth';
import { auth } from '@/lib/firebase';
import type { AuthSession } from '../lib/auth-context';

/**
 * Role, school and district come from custom claims set by functions. A token without a
 * valid role (a new account) gives `claims: null`, which the pages explain to the user.
 */
export async function readSession(user: User): Promise<AuthSession> {
  // The schema (and zod with it) loads while the token is read, not with the first page.
  const [token, { roleClaimsSchema }] = await Promise.all([
    user.getIdTokenResult(),
    import('@domain/roles'),
  ]);
  const parsed = roleClaimsSchema.safeParse(token.claims);
  return {
    user: { uid: user.uid, displayName: user.displayName, email: user.email },
    claims: parsed.success ? parsed.data : null,
  };
}

/**
 * Follows sign-in, sign-out and token refreshes: claims changed by a head reach the app on
 * the next refresh without signing out. Results of an older token are dropped.
 */
export function subscribeToSession(
  onChange: (session: AuthSession | null) => void,
  onError: (error: unknown) => void,
): () => void {
  let latest = 0;
  return onIdTokenChanged(auth, (user) => {
    const call = ++latest;
    if (!user) {
      onChange(null);
      return;
    }
    readSession(user).then(
      (session) => {
        if (call === latest) onChange(session);
      },
      (error: unknown) => {
        if (call === latest) onError(error);
      },
    );
  });
}
