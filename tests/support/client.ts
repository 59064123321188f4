import { type FirebaseApp, deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, setLogLevel } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { paths, type Role } from '@domain';
import { PROJECT_ID, adminAuth, adminDb } from './admin';

// A real web-SDK client signed in through the Auth emulator, as the browser app is.

export const PASSWORD = 'Prova-2026!';
let appCount = 0;

export interface StaffAccount {
  uid: string;
  email: string;
  role: Role;
  schoolId?: string;
  districtId?: string;
}

/**
 * A test account of a school: uid `<prefix>-<key>`, email `<key>.<prefix>@example.it` (the
 * prefix keeps each test file's accounts apart), in `schoolId` (the prefix by default).
 */
export function staffAccount<R extends Role>(
  prefix: string,
  key: string,
  role: R,
  schoolId = prefix,
) {
  return { uid: `${prefix}-${key}`, email: `${key}.${prefix}@example.it`, role, schoolId } as const;
}

/** Creates (or resets) an account with its claims and profile, as the staff callables do. */
export async function createStaff(account: StaffAccount): Promise<void> {
  await adminAuth.deleteUser(account.uid).catch(() => undefined);
  await adminAuth.createUser({
    uid: account.uid,
    email: account.email,
    password: PASSWORD,
    displayName: account.uid,
  });
  const scope =
    account.role === 'district'
      ? { districtId: account.districtId }
      : account.role === 'admin'
        ? {}
        : { schoolId: account.schoolId };
  await adminAuth.setCustomUserClaims(account.uid, { role: account.role, rv: 1, ...scope });
  await adminDb.doc(paths.user(account.uid)).set({
    displayName: account.uid,
    email: account.email,
    role: account.role,
    schoolId: account.schoolId ?? null,
    districtId: account.districtId ?? null,
    language: 'it',
    roleVersion: 1,
  });
}

export interface Client {
  app: FirebaseApp;
  db: ReturnType<typeof getFirestore>;
  call: <T = unknown>(name: string, data: unknown) => Promise<T>;
  close: () => Promise<void>;
}

export async function signedInClient(email: string, password = PASSWORD): Promise<Client> {
  setLogLevel('silent');
  appCount += 1;
  const app = initializeApp(
    { projectId: PROJECT_ID, apiKey: 'demo-api-key', appId: 'demo-app' },
    `client-${appCount}-${Date.now()}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}`, {
    disableWarnings: true,
  });
  const [host, port] = (process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080').split(':');
  const db = getFirestore(app);
  connectFirestoreEmulator(db, host ?? '127.0.0.1', Number(port));
  const functions = getFunctions(app);
  connectFunctionsEmulator(functions, '127.0.0.1', 5001);
  await signInWithEmailAndPassword(auth, email, password);
  return {
    app,
    db,
    call: async <T>(name: string, data: unknown) =>
      (await httpsCallable<unknown, T>(functions, name)(data)).data,
    close: () => deleteApp(app),
  };
}
