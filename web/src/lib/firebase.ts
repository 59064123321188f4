import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { env } from '@/config/env';

// The app and Auth only: the sign-in page and the page frame need nothing else. Firestore
// (lib/firestore.ts) and Functions (lib/functions.ts) are imported by the pages that use them,
// which load on demand, so their SDKs (Firestore is most of the SDK's weight) stay out of the
// first download.

export const firebaseApp = initializeApp({
  projectId: env.firebase.projectId,
  apiKey: env.firebase.apiKey,
  authDomain: env.firebase.authDomain,
  ...(env.firebase.appId ? { appId: env.firebase.appId } : {}),
});

export const auth = getAuth(firebaseApp);

if (env.useEmulators) {
  const { host, authPort } = env.emulators;
  // The SDK's own emulator banner is English-only and covers the footer; the console line
  // keeps the reminder for developers without putting unlabelled text in the page.
  connectAuthEmulator(auth, `http://${host}:${authPort}`, { disableWarnings: true });
  console.info(`[firebase] using emulators on ${host} (project ${env.firebase.projectId})`);
}

/** Set by lib/firestore.ts once it has loaded: sign-out clears what it cached on the device. */
export const loadedFirestore: { clearOnSignOut: (() => Promise<'cleared' | 'kept'>) | null } = {
  clearOnSignOut: null,
};
