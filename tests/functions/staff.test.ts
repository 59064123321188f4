import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITATION_DAYS, paths } from '@domain';
import { adminAuth, adminDb, waitFor } from '../support/admin';
import { expireInvitations } from '../../functions/src/lib/invitations';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { passwordResetCodes, resetPassword } from '../support/auth-emulator';
import { type Client, createStaff, signedInClient, staffAccount } from '../support/client';

// Staff management through the real callables, and what a revocation does to an open session.

const SCHOOL = `school-staff-${Date.now()}`;
const OTHER = `${SCHOOL}-other`;
const head = staffAccount(SCHOOL, 'head', 'head');
const teacher = staffAccount(SCHOOL, 'teacher', 'teacher');
const otherTeacher = staffAccount(SCHOOL, 't2', 'teacher', OTHER);
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
  it('a head invites a colleague: account, claims, profile; the link goes to the colleague only', async () => {
    const email = `nuovo.${SCHOOL}@example.it`;
    const result = await headClient.call<Record<string, unknown> & { uid: string }>('inviteStaff', {
      email,
      displayName: 'Nuovo Docente',
      role: 'educator',
      schoolId: SCHOOL,
      districtId: null,
    });
    // Nothing the head receives could set the colleague's password.
    expect(Object.keys(result).sort()).toEqual(['email', 'inviteExpiresAt', 'uid']);
    expect(JSON.stringify(result)).not.toContain('oobCode');
    const user = await adminAuth.getUser(result.uid);
    expect(user.customClaims).toMatchObject({ role: 'educator', schoolId: SCHOOL, rv: 1 });
    const profile = await adminDb.doc(paths.user(result.uid)).get();
    expect(profile.get('role')).toBe('educator');
    expect(profile.get('roleVersion')).toBe(1);
    const days =
      (profile.get('inviteExpiresAt').toMillis() - profile.get('invitedAt').toMillis()) /
      86_400_000;
    expect(days).toBe(INVITATION_DAYS);
    // Firebase Auth's own reset email, which the Auth emulator keeps instead of sending.
    const codes = await passwordResetCodes(email);
    expect(codes).toHaveLength(1);
    expect(await resetPassword(codes[0]!, 'Nuova-Password-1')).toBeNull();
    const colleague = await signedInClient(email, 'Nuova-Password-1');
    await colleague.call('acceptInvitation', {});
    expect((await adminDb.doc(paths.user(result.uid)).get()).get('inviteExpiresAt')).toBeNull();
    await colleague.close();
    const audit = await adminDb
      .collection(paths.auditLog())
      .where('targetPath', '==', paths.user(result.uid))
      .where('action', '==', 'invitationSent')
      .get();
    expect(audit.docs.map((d) => d.get('actorUid'))).toEqual([head.uid]);
  });

  it('an expired, never-used invitation cannot be completed until the head re-sends it', async () => {
    const email = `scaduto.${SCHOOL}@example.it`;
    const { uid } = await headClient.call<{ uid: string }>('inviteStaff', {
      email,
      displayName: 'Invito Scaduto',
      role: 'mediator',
      schoolId: SCHOOL,
      districtId: null,
    });
    const [oldCode] = await passwordResetCodes(email);
    await adminDb.doc(paths.user(uid)).update({ inviteExpiresAt: new Date(Date.now() - 1000) });
    expect(await expireInvitations(new Date())).toBeGreaterThanOrEqual(1);
    expect((await adminAuth.getUser(uid)).disabled).toBe(true);
    // The Auth emulator lets an old code set a password even on a disabled account (Firebase
    // refuses it with USER_DISABLED); either way the account cannot be used: sign-in fails.
    await resetPassword(oldCode!, 'Troppo-Tardi-1');
    await expect(signedInClient(email, 'Troppo-Tardi-1')).rejects.toThrow(/user-disabled/);

    await headClient.call('resendInvitation', { uid });
    expect((await adminAuth.getUser(uid)).disabled).toBe(false);
    const codes = await passwordResetCodes(email);
    // A new code (the emulator drops a code once used, as the old one was above).
    expect(codes.at(-1)).toBeDefined();
    expect(codes.at(-1)).not.toBe(oldCode);
    expect(await resetPassword(codes.at(-1)!, 'In-Tempo-2026')).toBeNull();
    const colleague = await signedInClient(email, 'In-Tempo-2026');
    await colleague.call('acceptInvitation', {});
    await colleague.close();
    // Once used, there is nothing to re-send.
    await expect(headClient.call('resendInvitation', { uid })).rejects.toMatchObject({
      code: 'functions/failed-precondition',
    });
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

  it('revoking a teacher: within 2 s they read nothing, notifications included, and the account is disabled', async () => {
    const notificationPath = `${paths.notifications(teacher.uid)}/2026-01-15`;
    await adminDb.doc(notificationPath).set({
      type: 'riskRaisedDaily',
      schoolId: SCHOOL,
      day: '2026-01-15',
      pupils: [],
      read: false,
    });
    const client = await signedInClient(teacher.email);
    const pupilRef = doc(client.db, paths.pupil(SCHOOL, 'p1'));
    const notifications = collection(client.db, paths.notifications(teacher.uid));
    expect((await getDoc(pupilRef)).exists()).toBe(true);
    expect((await getDocs(notifications)).size).toBe(1);
    const denied = (read: () => Promise<unknown>) =>
      read().then(
        () => false,
        (e: { code?: string }) => e.code === 'permission-denied',
      );
    // Reads are tried while the revocation runs: what counts is when they stop working.
    const started = Date.now();
    const revoking = headClient.call('revokeStaff', { uid: teacher.uid });
    const blocked = await waitFor(
      async () =>
        (await denied(() => getDoc(pupilRef))) && (await denied(() => getDocs(notifications))),
      (d) => d,
      5_000,
    );
    expect(blocked).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
    await revoking;
    expect((await adminDb.doc(notificationPath).get()).exists).toBe(false);
    expect((await adminAuth.getUser(teacher.uid)).disabled).toBe(true);
    const klass = await adminDb.doc(paths.schoolClass(SCHOOL, 'class-2b')).get();
    expect(klass.get('teacherUids')).not.toContain(teacher.uid);
    const audit = await adminDb
      .collection(paths.auditLog())
      .where('targetPath', '==', paths.user(teacher.uid))
      .where('action', '==', 'roleRevoked')
      .get();
    expect(audit.docs.map((d) => d.get('actorUid'))).toEqual([head.uid]);
    await client.close();
  });
});
