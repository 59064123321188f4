import { doc, getDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { adminAuth, adminDb, waitFor } from '../support/admin';
import { type Client, createStaff, signedInClient } from '../support/client';

// Staff management through the real callables, and what a revocation does to an open session.

const SCHOOL = `school-staff-${Date.now()}`;
const OTHER = `${SCHOOL}-other`;
const head = {
  uid: `${SCHOOL}-head`,
  email: `head.${SCHOOL}@example.it`,
  role: 'head',
  schoolId: SCHOOL,
} as const;
const teacher = {
  uid: `${SCHOOL}-teacher`,
  email: `teacher.${SCHOOL}@example.it`,
  role: 'teacher',
  schoolId: SCHOOL,
} as const;
const otherTeacher = {
  uid: `${SCHOOL}-t2`,
  email: `t2.${SCHOOL}@example.it`,
  role: 'teacher',
  schoolId: OTHER,
} as const;
let headClient: Client;

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
  await adminDb.doc(paths.school(OTHER)).set(makeSchool({ code: 'MIIS01200T' }));
  await adminDb
    .doc(paths.schoolClass(SCHOOL, 'class-2b'))
    .set(makeClass({ teacherUids: [teacher.uid] }));
  await adminDb.doc(paths.pupil(SCHOOL, 'p1')).set(makePupil({ schoolId: SCHOOL }));
  await Promise.all([createStaff(head), createStaff(teacher), createStaff(otherTeacher)]);
  headClient = await signedInClient(head.email);
});

afterAll(async () => {
  await headClient?.close();
  for (const id of [SCHOOL, OTHER]) await adminDb.recursiveDelete(adminDb.doc(paths.school(id)));
});

describe('staff management', () => {
  it('a head invites a colleague: account, claims, profile and a password link', async () => {
    const email = `nuovo.${SCHOOL}@example.it`;
    const result = await headClient.call<{ uid: string; passwordSetupLink: string }>(
      'inviteStaff',
      { email, displayName: 'Nuovo Docente', role: 'educator', schoolId: SCHOOL, districtId: null },
    );
    const user = await adminAuth.getUser(result.uid);
    expect(user.customClaims).toMatchObject({ role: 'educator', schoolId: SCHOOL, rv: 1 });
    const profile = await adminDb.doc(paths.user(result.uid)).get();
    expect(profile.get('role')).toBe('educator');
    expect(profile.get('roleVersion')).toBe(1);
    expect(result.passwordSetupLink).toContain('oobCode');
  });

  it('a head cannot name a head, give a role in another school, or change their own role', async () => {
    await expect(
      headClient.call('inviteStaff', {
        email: `x.${SCHOOL}@example.it`,
        displayName: 'X',
        role: 'head',
        schoolId: SCHOOL,
        districtId: null,
      }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    await expect(
      headClient.call('setStaffRole', {
        uid: otherTeacher.uid,
        role: 'referent',
        schoolId: OTHER,
        districtId: null,
      }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    await expect(
      headClient.call('setStaffRole', {
        uid: head.uid,
        role: 'teacher',
        schoolId: SCHOOL,
        districtId: null,
      }),
    ).rejects.toMatchObject({ code: 'functions/failed-precondition' });
  });

  it('bad input gets an Italian message per field', async () => {
    const error = await headClient
      .call('inviteStaff', {
        email: 'non-una-email',
        displayName: '',
        role: 'teacher',
        schoolId: SCHOOL,
        districtId: null,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'functions/invalid-argument' });
    expect((error as Error).message).toContain('Indirizzo email non valido');
    expect((error as Error).message).toContain('Campo obbligatorio');
  });

  it('a head cannot demote or revoke another head of the same school', async () => {
    const otherHead = {
      uid: `${SCHOOL}-head2`,
      email: `head2.${SCHOOL}@example.it`,
      role: 'head',
      schoolId: SCHOOL,
    } as const;
    await createStaff(otherHead);
    await expect(headClient.call('revokeStaff', { uid: otherHead.uid })).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
    await expect(
      headClient.call('setStaffRole', {
        uid: otherHead.uid,
        role: 'teacher',
        schoolId: SCHOOL,
        districtId: null,
      }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    expect((await adminDb.doc(paths.user(otherHead.uid)).get()).get('role')).toBe('head');
  });

  it('a teacher cannot call the staff functions', async () => {
    const client = await signedInClient(teacher.email);
    await expect(client.call('revokeStaff', { uid: head.uid })).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
    await client.close();
  });

  it('revoking a teacher blocks their next read within seconds, without a new sign-in', async () => {
    const client = await signedInClient(teacher.email);
    const pupilRef = doc(client.db, paths.pupil(SCHOOL, 'p1'));
    expect((await getDoc(pupilRef)).exists()).toBe(true);
    const started = Date.now();
    await headClient.call('revokeStaff', { uid: teacher.uid });
    const denied = await waitFor(
      () =>
        getDoc(pupilRef).then(
          () => false,
          (e: { code?: string }) => e.code === 'permission-denied',
        ),
      (d) => d,
      10_000,
    );
    expect(denied).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    const klass = await adminDb.doc(paths.schoolClass(SCHOOL, 'class-2b')).get();
    expect(klass.get('teacherUids')).not.toContain(teacher.uid);
    const audit = await adminDb
      .collection(paths.auditLog())
      .where('targetPath', '==', paths.user(teacher.uid))
      .where('action', '==', 'roleRevoked')
      .get();
    expect(audit.size).toBe(1);
    await client.close();
  });
});
