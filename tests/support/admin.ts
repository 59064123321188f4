import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

// Admin SDK against the emulators started by `firebase emulators:exec` (it sets
// FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST). The project id matches the one
// whose functions the emulator runs, so writes here fire the real triggers.
export const PROJECT_ID = 'demo-percorsi';

if (!process.env.FIRESTORE_EMULATOR_HOST) {
  throw new Error('FIRESTORE_EMULATOR_HOST is not set: run this layer through `npm test`.');
}

const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
export const adminDb = getFirestore(app);
export const adminAuth = getAuth(app);

/** Polls `read` until `accept` holds or the time runs out; returns the last value read. */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }
  return value;
}
