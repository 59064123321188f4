import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { env } from '@/config/env';
import { firebaseApp } from './firebase';

/** Callable functions (staff, GDPR, flag review); loaded with the pages that call them. */
export const functions = getFunctions(firebaseApp);

if (env.useEmulators) {
  const { host, functionsPort } = env.emulators;
  connectFunctionsEmulator(functions, host, functionsPort);
}
