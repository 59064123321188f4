/**
 * Writes a `DemoData` set into Firebase (meant for the emulators): auth users with their role
 * claims, `users/{uid}` profiles, districts, schools, classes, pupils and records.
 *
 * Idempotent: users are created or updated, every document is written with `set` (full
 * overwrite) at a deterministic path, so running it twice gives the same state. Documents of a
 * previous, larger data set are not deleted. Classes get the `pupilCount` that the onPupilWritten
 * trigger keeps (counted from the pupils written here), so it is right even with the triggers
 * paused (see seed-demo.ts).
 */
import type { Auth } from 'firebase-admin/auth';
import type { BulkWriter, DocumentData, Firestore } from 'firebase-admin/firestore';
// File by file, not the barrel: see the note in generate.ts.
import { paths } from '../../functions/src/domain/paths';
import type { District } from '../../functions/src/domain/district';
import type { RoleClaims } from '../../functions/src/domain/roles';
import type { UserProfile } from '../../functions/src/domain/user-profile';
import { featureDocuments } from './features';
import type { DemoAccount, DemoData } from './generate';

export interface WriteDeps {
  firestore: Firestore;
  auth: Auth;
}

/** Custom claims of a demo account (`rv` = the profile's `roleVersion`). */
export function claimsOf(account: DemoAccount, rv: number): RoleClaims {
  switch (account.role) {
    case 'district':
      if (!account.districtId)
        throw new Error(`${account.uid}: district account without districtId`);
      return { role: 'district', districtId: account.districtId, rv };
    case 'operator':
      if (!account.districtId || !account.organizationId)
        throw new Error(`${account.uid}: operator account without districtId or organizationId`);
      return {
        role: 'operator',
        districtId: account.districtId,
        organizationId: account.organizationId,
        rv,
      };
    case 'region':
      if (!account.regionId) throw new Error(`${account.uid}: region account without regionId`);
      return { role: 'region', regionId: account.regionId, rv };
    case 'admin':
      return { role: 'admin', rv };
    default:
      if (!account.schoolId) throw new Error(`${account.uid}: school account without schoolId`);
      return { role: account.role, schoolId: account.schoolId, rv };
  }
}

/** `users/{uid}` profile of a demo account. */
export function profileOf(account: DemoAccount, roleVersion: number): UserProfile {
  return {
    displayName: account.displayName,
    email: account.email,
    role: account.role,
    schoolId: account.schoolId,
    districtId: account.districtId,
    ...(account.organizationId ? { organizationId: account.organizationId } : {}),
    ...(account.regionId ? { regionId: account.regionId } : {}),
    language: 'it',
    roleVersion,
  };
}

/**
 * The role version to keep: the one already in `users/{uid}` (so a re-seed does not log out
 * open sessions), or 0 for a new user. Claims `rv` and profile `roleVersion` always match.
 */
async function currentRoleVersion(firestore: Firestore, uid: string): Promise<number> {
  const snap = await firestore.doc(paths.user(uid)).get();
  const value: unknown = snap.get('roleVersion');
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

function errorCode(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code = (e as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

async function upsertUser(auth: Auth, account: DemoAccount, rv: number): Promise<void> {
  const props = {
    email: account.email,
    password: account.password,
    displayName: account.displayName,
    emailVerified: true,
    disabled: false,
  };
  try {
    await auth.updateUser(account.uid, props);
  } catch (e) {
    if (errorCode(e) !== 'auth/user-not-found') throw e;
    try {
      await auth.createUser({ uid: account.uid, ...props });
    } catch (e2) {
      if (errorCode(e2) === 'auth/email-already-exists') {
        const other = await auth.getUserByEmail(account.email);
        throw new Error(
          `Seed: ${account.email} belongs to another user (${other.uid}); delete it or clear the auth emulator.`,
        );
      }
      throw e2;
    }
  }
  await auth.setCustomUserClaims(account.uid, claimsOf(account, rv));
}

/** Runs `fill` on a fresh BulkWriter and waits until every write is acknowledged. */
async function bulk(firestore: Firestore, fill: (writer: BulkWriter) => number): Promise<number> {
  const writer = firestore.bulkWriter();
  const failures: string[] = [];
  writer.onWriteError((err) => {
    if (err.failedAttempts < 5) return true;
    failures.push(`${err.documentRef.path}: ${err.message}`);
    return false;
  });
  const count = fill(writer);
  await writer.close();
  if (failures.length > 0) {
    throw new Error(`Seed: ${failures.length} writes failed, first: ${failures[0] ?? ''}`);
  }
  return count;
}

export async function writeDemo(
  data: DemoData,
  deps: WriteDeps,
): Promise<{ docs: number; users: number }> {
  const { firestore, auth } = deps;

  // Users one at a time: the auth emulator is quick and this keeps errors readable.
  const roleVersions = new Map<string, number>();
  for (const account of data.accounts) {
    const rv = await currentRoleVersion(firestore, account.uid);
    roleVersions.set(account.uid, rv);
    await upsertUser(auth, account, rv);
  }

  const set = (writer: BulkWriter, path: string, doc: DocumentData): number => {
    void writer.set(firestore.doc(path), doc);
    return 1;
  };

  // Parents first, so triggers on pupils and records find their school and class.
  let docs = await bulk(firestore, (w) => {
    let n = 0;
    for (const a of data.accounts)
      n += set(w, paths.user(a.uid), profileOf(a, roleVersions.get(a.uid) ?? 0));
    for (const d of data.districts)
      n += set(w, paths.district(d.id), { name: d.name } satisfies District);
    for (const s of data.schools) n += set(w, paths.school(s.id), s.data);
    for (const c of data.classes) {
      const pupilCount = data.pupils.filter(
        (p) => p.schoolId === c.schoolId && p.data.classId === c.id,
      ).length;
      n += set(w, paths.schoolClass(c.schoolId, c.id), { ...c.data, pupilCount });
    }
    return n;
  });
  docs += await bulk(firestore, (w) => {
    let n = 0;
    for (const p of data.pupils) n += set(w, paths.pupil(p.schoolId, p.id), p.data);
    return n;
  });
  docs += await bulk(firestore, (w) => {
    let n = 0;
    for (const r of data.records) {
      n += set(w, `${paths.records(r.schoolId, r.pupilId, r.kind)}/${r.id}`, r.data);
    }
    return n;
  });
  // The later features' documents (referrals name pupils, so they come after them).
  docs += await bulk(firestore, (w) => {
    let n = 0;
    for (const d of featureDocuments(data)) n += set(w, d.path, d.data);
    return n;
  });

  return { docs, users: data.accounts.length };
}
