// The only reader of import.meta.env: everything else imports `env`, so a missing or
// malformed variable fails here, once, with a readable message. Plain checks rather than a
// zod schema: this runs in the first download, which zod would grow by a third.

type RawEnv = Record<string, unknown>;

/** A set, non-empty string variable; the default when unset; an error when set but empty. */
function text(raw: RawEnv, name: string, fallback?: string): string | undefined {
  const value = raw[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`Invalid web environment: ${name} must be a non-empty string`);
  }
  return value;
}

const raw = import.meta.env as RawEnv;
const projectId = text(raw, 'VITE_FIREBASE_PROJECT_ID', 'demo-percorsi') ?? 'demo-percorsi';

export const env = {
  firebase: {
    projectId,
    apiKey: text(raw, 'VITE_FIREBASE_API_KEY', 'demo-api-key') ?? 'demo-api-key',
    authDomain: text(raw, 'VITE_FIREBASE_AUTH_DOMAIN') ?? `${projectId}.firebaseapp.com`,
    appId: text(raw, 'VITE_FIREBASE_APP_ID'),
  },
  // A `demo-` project has no cloud counterpart, so it can only ever talk to the emulators;
  // forcing them on makes it impossible for a local build to reach production by accident.
  useEmulators: projectId.startsWith('demo-') || raw.VITE_USE_EMULATORS === 'true',
  emulators: {
    host: text(raw, 'VITE_EMULATOR_HOST', '127.0.0.1') ?? '127.0.0.1',
    authPort: 9099,
    firestorePort: 8080,
    functionsPort: 5001,
  },
} as const;
