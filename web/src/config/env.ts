import { z } from 'zod';

// The only reader of import.meta.env: everything else imports `env`, so a missing or
// malformed variable fails here, once, with a readable message.
const envSchema = z.object({
  VITE_FIREBASE_PROJECT_ID: z.string().min(1).default('demo-percorsi'),
  VITE_FIREBASE_API_KEY: z.string().min(1).default('demo-api-key'),
  VITE_FIREBASE_AUTH_DOMAIN: z.string().min(1).optional(),
  VITE_FIREBASE_APP_ID: z.string().min(1).optional(),
  VITE_USE_EMULATORS: z.string().optional(),
  VITE_EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
});

const parsed = envSchema.safeParse(import.meta.env);
if (!parsed.success) {
  throw new Error(`Invalid web environment:\n${z.prettifyError(parsed.error)}`);
}
const raw = parsed.data;

export const env = {
  firebase: {
    projectId: raw.VITE_FIREBASE_PROJECT_ID,
    apiKey: raw.VITE_FIREBASE_API_KEY,
    authDomain: raw.VITE_FIREBASE_AUTH_DOMAIN ?? `${raw.VITE_FIREBASE_PROJECT_ID}.firebaseapp.com`,
    appId: raw.VITE_FIREBASE_APP_ID,
  },
  // A `demo-` project has no cloud counterpart, so it can only ever talk to the emulators;
  // forcing them on makes it impossible for a local build to reach production by accident.
  useEmulators:
    raw.VITE_FIREBASE_PROJECT_ID.startsWith('demo-') || raw.VITE_USE_EMULATORS === 'true',
  emulators: {
    host: raw.VITE_EMULATOR_HOST,
    authPort: 9099,
    firestorePort: 8080,
    functionsPort: 5001,
  },
} as const;
