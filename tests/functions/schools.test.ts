import { doc, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_FAKE_AUTHOR, paths, schoolSchema, type School } from '@domain';
import { makeSchool } from '../fixtures/entities';
import { adminAuth, adminDb, waitFor } from '../support/admin';
import { type Client, createStaff, signedInClient } from '../support/client';

// The admin's school callables (createSchool, updateSchool) and the head's appointment through
// inviteStaff, on the Functions emulator.

const RUN = Date.now().toString(36).toUpperCase().slice(-7).padStart(7, '0');
/** Codes unique to this run: the callables refuse a code any school already has. */
const code = (letter: string) => `MI${letter}${RUN}`;
const DISTRICT = `ambito-schools-${RUN.toLowerCase()}`;
const admin = {
  uid: `schools-admin-${RUN}`,
  email: `admin.${RUN}@example.it`,
  role: 'admin',
} as const;
const staleAdmin = {
  uid: `schools-admin2-${RUN}`,
  email: `admin2.${RUN}@example.it`,
  role: 'admin',
} as const;
const head = {
  uid: `schools-head-${RUN}`,
  email: `head.${RUN}@example.it`,
  role: 'head',
  schoolId: `schools-existing-${RUN}`,
} as const;
let adminClient: Client;
let headClient: Client;
const created: string[] = [head.schoolId];

function newSchool(overrides: Partial<School> = {}): School {
  return makeSchool({ name: 'IC Rodari', code: code('A'), districtId: DISTRICT, ...overrides });
}

beforeAll(async () => {
  await adminDb.doc(paths.district(DISTRICT)).set({ name: 'Ambito di prova' });
  await adminDb.doc(paths.school(head.schoolId)).set(newSchool({ code: code('E') }));
  await Promise.all([createStaff(admin), createStaff(staleAdmin), createStaff(head)]);
  adminClient = await signedInClient(admin.email);
  headClient = await signedInClient(head.email);
});

afterAll(async () => {
  await adminClient?.close();
  await headClient?.close();
  for (const id of created) await adminDb.recursiveDelete(adminDb.doc(paths.school(id)));
  await adminDb.doc(paths.district(DISTRICT)).delete();
});

async function auditOf(schoolId: string) {
  const entries = await adminDb
    .collection(paths.auditLog())
    .where('targetPath', '==', paths.school(schoolId))
    .get();
  return entries.docs.map((d) => d.data());
}

describe('createSchool', () => {
  let schoolId = '';

  it('the admin opens a school: the document as the domain defines it, and an audit entry', async () => {
    const result = await adminClient.call<{ schoolId: string }>('createSchool', newSchool());
    schoolId = result.schoolId;
    created.push(schoolId);
    const stored = (await adminDb.doc(paths.school(schoolId)).get()).data();
    expect(schoolSchema.parse(stored)).toEqual(newSchool());
    const audit = await auditOf(schoolId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'create',
      schoolId,
      pupilId: null,
      actorUid: admin.uid,
      changedFields: ['city', 'code', 'districtId', 'kind', 'name', 'settings'],
    });
  });

  it('refuses a codice meccanografico another school has', async () => {
    const error: unknown = await adminClient
      .call('createSchool', newSchool({ name: 'Doppione' }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'functions/failed-precondition' });
    expect((error as Error).message).toContain(
      `Esiste già una scuola con il codice meccanografico ${code('A')}.`,
    );
  });

  it('refuses an Ambito that is not in the list', async () => {
    await expect(
      adminClient.call('createSchool', newSchool({ code: code('B'), districtId: 'ambito-ignoto' })),
    ).rejects.toMatchObject({ code: 'functions/failed-precondition' });
  });

  it('refuses a malformed code with the Italian message', async () => {
    const error: unknown = await adminClient
      .call('createSchool', { ...newSchool(), code: 'MI12' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'functions/invalid-argument' });
    expect(String((error as Error).message)).toContain(
      'Codice meccanografico non valido (10 caratteri, es. MIIC8AB00X)',
    );
  });

  it('refuses a head, and an admin whose role changed since sign-in', async () => {
    await expect(
      headClient.call('createSchool', newSchool({ code: code('C') })),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    const stale = await signedInClient(staleAdmin.email);
    await adminDb.doc(paths.user(staleAdmin.uid)).update({ roleVersion: 2 });
    await expect(stale.call('createSchool', newSchool({ code: code('C') }))).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
    await stale.close();
    const same = await adminDb.collection(paths.schools()).where('code', '==', code('C')).get();
    expect(same.empty).toBe(true);
  });

  it('updateSchool corrects a school and audits the fields that changed', async () => {
    const school = newSchool({ name: 'IC Gianni Rodari', city: 'Sesto San Giovanni' });
    const result = await adminClient.call<{ changedFields: string[] }>('updateSchool', {
      schoolId,
      school,
    });
    expect(result.changedFields).toEqual(['city', 'name']);
    expect((await adminDb.doc(paths.school(schoolId)).get()).data()).toEqual(school);
    const audit = await auditOf(schoolId);
    expect(audit.find((e) => e.action === 'update')).toMatchObject({
      actorUid: admin.uid,
      changedFields: ['city', 'name'],
    });
  });

  it('updateSchool refuses another school’s code, an unknown school and a head', async () => {
    await expect(
      adminClient.call('updateSchool', { schoolId, school: newSchool({ code: code('E') }) }),
    ).rejects.toMatchObject({ code: 'functions/failed-precondition' });
    await expect(
      adminClient.call('updateSchool', { schoolId: 'no-such-school', school: newSchool() }),
    ).rejects.toMatchObject({ code: 'functions/not-found' });
    await expect(
      headClient.call('updateSchool', { schoolId: head.schoolId, school: newSchool() }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
  });

  it('the admin appoints the new school’s head through inviteStaff', async () => {
    const email = `dirigente.${RUN.toLowerCase()}@example.it`;
    const result = await adminClient.call<{ uid: string }>('inviteStaff', {
      email,
      displayName: 'Nuova Dirigente',
      role: 'head',
      schoolId,
      districtId: null,
    });
    const user = await adminAuth.getUser(result.uid);
    expect(user.customClaims).toMatchObject({ role: 'head', schoolId });
    const profile = await adminDb.doc(paths.user(result.uid)).get();
    expect(profile.get('role')).toBe('head');
    expect(profile.get('schoolId')).toBe(schoolId);
  });
});

describe('districts (the Ambiti the admin writes under the rules)', () => {
  const NEW_DISTRICT = `${DISTRICT}-new`;
  afterAll(() => adminDb.doc(paths.district(NEW_DISTRICT)).delete());

  it('every create and update of an Ambito writes an audit entry with the fields changed', async () => {
    const ref = doc(adminClient.db, paths.district(NEW_DISTRICT));
    await setDoc(ref, { name: 'Ambito di Lodi' });
    await updateDoc(ref, { name: 'Ambito del Lodigiano' });
    const entries = await waitFor(
      async () =>
        (
          await adminDb
            .collection(paths.auditLog())
            .where('targetPath', '==', paths.district(NEW_DISTRICT))
            .get()
        ).docs.map((d) => d.data()),
      (docs) => docs.length >= 2,
    );
    const byAction = Object.fromEntries(entries.map((e) => [e['action'], e]));
    expect(Object.keys(byAction).sort()).toEqual(['create', 'update']);
    expect(byAction['create']).toMatchObject({ schoolId: null, changedFields: ['name'] });
    expect(byAction['update']).toMatchObject({ schoolId: null, changedFields: ['name'] });
    // No value in the log, and never the emulator's stand-in as the actor (null there; the
    // admin's uid in production, from the event).
    expect(JSON.stringify(entries)).not.toContain('Lodi');
    for (const e of entries) expect(e['actorUid']).not.toBe(EMULATOR_FAKE_AUTHOR);
  });
});
