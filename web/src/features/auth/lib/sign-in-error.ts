import { errorCode } from '@/lib/errors';

export type SignInErrorKey =
  | 'auth.errors.invalidCredential'
  | 'auth.errors.invalidEmail'
  | 'auth.errors.tooManyRequests'
  | 'auth.errors.network'
  | 'auth.errors.userDisabled'
  | 'auth.errors.unknown';

// Firebase answers a wrong password and an unknown account the same way on purpose
// (email enumeration protection); older SDK codes are mapped to the same message.
const MESSAGES: Record<string, SignInErrorKey> = {
  'auth/invalid-credential': 'auth.errors.invalidCredential',
  'auth/invalid-login-credentials': 'auth.errors.invalidCredential',
  'auth/wrong-password': 'auth.errors.invalidCredential',
  'auth/user-not-found': 'auth.errors.invalidCredential',
  'auth/invalid-email': 'auth.errors.invalidEmail',
  'auth/too-many-requests': 'auth.errors.tooManyRequests',
  'auth/network-request-failed': 'auth.errors.network',
  'auth/user-disabled': 'auth.errors.userDisabled',
};

/** The translation key of the message to show for a failed sign-in. */
export function signInErrorKey(error: unknown): SignInErrorKey {
  const code = errorCode(error);
  return (code && MESSAGES[code]) || 'auth.errors.unknown';
}
