// Bootstraps the first administrator, who then creates schools and heads in the app.
//   npm run admin:create -- <email> [--password X] [--name "Nome Cognome"] [--project ID]
// On the emulators (FIREBASE_AUTH_EMULATOR_HOST and FIRESTORE_EMULATOR_HOST set) it writes
// there; otherwise into the real project with application default credentials
// (`gcloud auth application-default login`, or GOOGLE_APPLICATION_CREDENTIALS).
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { initializeApp } from 'firebase-admin/app';
import { type Auth, getAuth } from 'firebase-admin/auth';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';
import { paths } from '../../functions/src/domain/paths';
import type { RoleClaims } from '../../functions/src/domain/roles';
import type { UserProfile } from '../../functions/src/domain/user-profile';

export interface CreateAdminInput {
  email: string;
  /** Without one the account gets a random password and the admin resets it by email. */
  password?: string;
  displayName?: string;
}

/**
 * Creates (or promotes) `email` to admin exactly as the staff callables grant a role: the
 * role version goes up by one in the `users/{uid}` profile and in the `rv` claim together,
 * because `requireCaller` and the rules' `isCurrent()` accept a token only while the two
 * match. Safe to run again: the next version is issued and old tokens stop working.
 */
export async function createAdmin(
  input: CreateAdminInput,
  { auth, firestore }: { auth: Auth; firestore: Firestore },
): Promise<{ uid: string; roleVersion: number; created: boolean }> {
  const existing = await auth.getUserByEmail(input.email).catch(() => null);
  const displayName = input.displayName ?? existing?.displayName ?? input.email.split('@')[0]!;
  const user =
    existing ??
    (await auth.createUser({
      email: input.email,
      password: input.password ?? randomBytes(18).toString('base64url'),
      displayName,
      emailVerified: true,
    }));
  if (existing && input.password) await auth.updateUser(user.uid, { password: input.password });
  if (existing?.disabled) await auth.updateUser(user.uid, { disabled: false });

  const profileRef = firestore.doc(paths.user(user.uid));
  const roleVersion = await firestore.runTransaction(async (tx) => {
    const current = await tx.get(profileRef);
    const next = Number(current.get('roleVersion') ?? 0) + 1;
    const profile: UserProfile = {
      displayName,
      email: input.email,
      role: 'admin',
      schoolId: null,
      districtId: null,
      language: current.get('language') === 'en' ? 'en' : 'it',
      roleVersion: next,
    };
    tx.set(profileRef, profile);
    return next;
  });
  const claims: RoleClaims = { role: 'admin', rv: roleVersion };
  await auth.setCustomUserClaims(user.uid, claims);
  return { uid: user.uid, roleVersion, created: !existing };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      password: { type: 'string' },
      name: { type: 'string' },
      project: { type: 'string' },
    },
  });
  const email = positionals[0];
  if (!email || !email.includes('@')) {
    console.error('Uso / usage: npm run admin:create -- <email> [--password X] [--name "..."]');
    process.exit(1);
  }
  const emulated = Boolean(
    process.env.FIREBASE_AUTH_EMULATOR_HOST && process.env.FIRESTORE_EMULATOR_HOST,
  );
  if (
    Boolean(process.env.FIREBASE_AUTH_EMULATOR_HOST) !==
    Boolean(process.env.FIRESTORE_EMULATOR_HOST)
  ) {
    console.error('Set both FIREBASE_AUTH_EMULATOR_HOST and FIRESTORE_EMULATOR_HOST, or neither.');
    process.exit(1);
  }
  const projectId =
    values.project ??
    process.env.GCLOUD_PROJECT ??
    process.env.GOOGLE_CLOUD_PROJECT ??
    (emulated ? 'demo-percorsi' : undefined);
  const app = initializeApp(projectId ? { projectId } : {});
  const result = await createAdmin(
    { email, password: values.password, displayName: values.name },
    { auth: getAuth(app), firestore: getFirestore(app) },
  );
  console.log(
    `✔ ${email} è amministratore / is admin (${emulated ? 'emulatori' : `progetto ${projectId ?? '(ADC)'}`}, ` +
      `uid ${result.uid}, roleVersion ${result.roleVersion}${result.created ? ', nuovo account' : ''}).`,
  );
  if (!values.password && result.created) {
    console.log(
      '  Nessuna password indicata: rilancia con --password X (o reimpostala dalla console Firebase).',
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
