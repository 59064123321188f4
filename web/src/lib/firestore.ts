import {
  clearIndexedDbPersistence,
  connectFirestoreEmulator,
  initializeFirestore,
  memoryLocalCache,
  persistentLocalCache,
  persistentMultipleTabManager,
  terminate,
  waitForPendingWrites,
  type Firestore,
} from 'firebase/firestore';
import { env } from '@/config/env';
import { firebaseApp, loadedFirestore } from './firebase';
import { logs } from './logs';

/** How long sign-out waits for records saved offline to reach the server. */
const PENDING_WRITES_WAIT_MS = 5_000;

export const db = createFirestore();

/**
 * Firestore with a persistent (IndexedDB) cache shared by all tabs: a record logged on a school
 * PC or a phone without connection is kept on the device and sent when the connection is back,
 * even if the tab is closed meanwhile. Where IndexedDB does not exist (jsdom, some locked-down
 * browsers) the memory cache still lets the app work online.
 */
function createFirestore(): Firestore {
  const hasIndexedDb = typeof indexedDB !== 'undefined';
  const firestore = initializeFirestore(firebaseApp, {
    localCache: hasIndexedDb
      ? persistentLocalCache({ tabManager: persistentMultipleTabManager() })
      : memoryLocalCache(),
  });
  if (env.useEmulators) {
    const { host, firestorePort } = env.emulators;
    connectFirestoreEmulator(firestore, host, firestorePort);
  }
  return firestore;
}

/**
 * Sign-out on a shared school computer: pupils' data must not stay in the browser. Records
 * saved offline are given a few seconds to reach the server; if they cannot (still offline),
 * the cache is kept, so they are sent when the same user signs in again, rather than lost.
 */
loadedFirestore.clearOnSignOut = async () => {
  const flushed = await Promise.race([
    waitForPendingWrites(db).then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), PENDING_WRITES_WAIT_MS)),
  ]);
  if (!flushed) {
    logs.pendingWritesKept();
    return 'kept';
  }
  await terminate(db);
  // Fails while another tab of the app is open (it holds the cache): that tab keeps it.
  await clearIndexedDbPersistence(db).catch((error: unknown) =>
    logs.unexpectedError('clear-offline-cache', error),
  );
  return 'cleared';
};
