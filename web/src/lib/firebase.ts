import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import {
  connectFirestoreEmulator,
  initializeFirestore,
  memoryLocalCache,
  persistentLocalCache,
  persistentMultipleTabManager,
  type Firestore,
} from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { env } from '@/config/env';

export const firebaseApp = initializeApp({
  projectId: env.firebase.projectId,
  apiKey: env.firebase.apiKey,
  authDomain: env.firebase.authDomain,
  ...(env.firebase.appId ? { appId: env.firebase.appId } : {}),
});

export const auth = getAuth(firebaseApp);
export const db = createFirestore();
export const functions = getFunctions(firebaseApp);

/**
 * Firestore with a persistent (IndexedDB) cache shared by all tabs: a record logged on a school
 * PC or a phone without connection is kept on the device and sent when the connection is back,
 * even if the tab is closed meanwhile. Where IndexedDB does not exist (jsdom, some locked-down
 * browsers) the memory cache still lets the app work online.
 */
function createFirestore(): Firestore {
  const hasIndexedDb = typeof indexedDB !== 'undefined';
  return initializeFirestore(firebaseApp, {
    localCache: hasIndexedDb
      ? persistentLocalCache({ tabManager: persistentMultipleTabManager() })
      : memoryLocalCache(),
  });
}

if (env.useEmulators) {
  const { host, authPort, firestorePort, functionsPort } = env.emulators;
  // The SDK's own emulator banner is English-only and covers the footer; the console line
  // keeps the reminder for developers without putting unlabelled text in the page.
  connectAuthEmulator(auth, `http://${host}:${authPort}`, { disableWarnings: true });
  connectFirestoreEmulator(db, host, firestorePort);
  connectFunctionsEmulator(functions, host, functionsPort);
  console.info(`[firebase] using emulators on ${host} (project ${env.firebase.projectId})`);
}
