import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { env } from '@/config/env';

export const firebaseApp = initializeApp({
  projectId: env.firebase.projectId,
  apiKey: env.firebase.apiKey,
  authDomain: env.firebase.authDomain,
  ...(env.firebase.appId ? { appId: env.firebase.appId } : {}),
});

export const auth = getAuth(firebaseApp);
export const db = getFirestore(firebaseApp);
export const functions = getFunctions(firebaseApp);

if (env.useEmulators) {
  const { host, authPort, firestorePort, functionsPort } = env.emulators;
  // The SDK's own emulator banner is English-only and covers the footer; the console line
  // keeps the reminder for developers without putting unlabelled text in the page.
  connectAuthEmulator(auth, `http://${host}:${authPort}`, { disableWarnings: true });
  connectFirestoreEmulator(db, host, firestorePort);
  connectFunctionsEmulator(functions, host, functionsPort);
  console.info(`[firebase] using emulators on ${host} (project ${env.firebase.projectId})`);
}
