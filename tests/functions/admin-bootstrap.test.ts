import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { adminAuth, adminDb } from '../support/admin';
import { createAdmin } from '../../scripts/admin/create-admin';
import { makeSchool } from '../fixtures/entities';
import { signedInClient } from '../support/client';

// `npm run admin:create` bootstraps the first admin: claims and profile as the callables and
// the rules check them, so the new admin can act at once.

const stamp = Date.now();
const SCHOOL = `school-admin-${stamp}`;
const email = `admin.${stamp}@example.it`;

afterAll(async () => {
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
});

describe('admin:create', () => {
  it('creates an admin who can name a head and read every profile', async () => {
    await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
    const result = await createAdmin(
      { email, password: 'Admin-Prova-2026' },
      { auth: adminAuth, firestore: adminDb },
    );
    expect(result.created).toBe(true);
    expect((await adminAuth.getUser(result.uid)).customClaims).toEqual({
      role: 'admin',
      rv: result.roleVersion,
    });

    const admin = await signedInClient(email, 'Admin-Prova-2026');
    const { uid } = await admin.call<{ uid: string }>('inviteStaff', {
      email: `preside.${stamp}@example.it`,
      displayName: 'Preside Prova',
      role: 'head',
      schoolId: SCHOOL,
      districtId: null,
    });
    expect((await adminDb.doc(paths.user(uid)).get()).get('role')).toBe('head');
    await admin.close();

    // Run again (e.g. a lost password): a new role version, and it still works.
    const again = await createAdmin(
      { email, password: 'Admin-Nuova-2026' },
      { auth: adminAuth, firestore: adminDb },
    );
    expect(again.roleVersion).toBe(result.roleVersion + 1);
    const back = await signedInClient(email, 'Admin-Nuova-2026');
    await expect(
      back.call('setStaffRole', { uid, role: 'head', schoolId: SCHOOL, districtId: null }),
    ).resolves.toMatchObject({ roleVersion: 2 });
    await back.close();
  });
});
