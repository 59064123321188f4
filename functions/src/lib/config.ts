import { defineString } from 'firebase-functions/params';

// The only reader of the environment and of deploy-time parameters.

/**
 * The web app's API key (Firebase console → Project settings): Firebase Auth's own
 * password-reset email is sent through the Identity Toolkit endpoint the client SDK uses,
 * which takes it. Asked for by `firebase deploy`; unused on the emulators.
 */
export const webApiKey = defineString('WEB_API_KEY', { default: '' });

/** Host of the Auth emulator when running on it (set by the Functions emulator). */
export function authEmulatorHost(): string | undefined {
  return process.env.FIREBASE_AUTH_EMULATOR_HOST || undefined;
}
