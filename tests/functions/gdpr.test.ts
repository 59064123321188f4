import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_KINDS, paths } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { adminDb, waitFor } from '../support/admin';
import { type Client, createStaff, signedInClient } from '../support/client';

// GDPR export, erasure and transfer through the real callables; the audit trigger.

const SCHOOL = `school-gdpr-${Date.now()}`;
const TARGET = `${SCHOOL}-target`;
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
let headClient: Client;

async function seedPupilWithRecords(pupilId: string) {
  await adminDb.doc(paths.pupil(SCHOOL, pupilId)).set(makePupil({ schoolId: SCHOOL }));
  for (const kind of RECORD_KINDS) {
    await adminDb.doc(`${paths.records(SCHOOL, pupilId, kind)}/r1`).set({
      ...validRecords[kind],
      schoolId: SCHOOL,
      pupilId,
      createdBy: teacher.uid,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }
  // Wait for the risk trigger, so erasure meets everything a real pupil has.
  await waitFor(
    async () => (await adminDb.doc(paths.riskCurrent(SCHOOL, pupilId)).get()).exists,
    (exists) => exists,
  );
}

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
  await adminDb.doc(paths.school(TARGET)).set(makeSchool({ code: 'MIIS01200T' }));
  await adminDb
    .doc(paths.schoolClass(SCHOOL, 'class-2b'))
    .set(makeClass({ teacherUids: [teacher.uid] }));
  await adminDb
    .doc(paths.schoolClass(TARGET, 'class-1a'))
    .set(makeClass({ name: '1A', year: 1, section: 'A' }));
  await Promise.all([createStaff(head), createStaff(teacher)]);
  headClient = await signedInClient(head.email);
});

afterAll(async () => {
  await headClient?.close();
  for (const id of [SCHOOL, TARGET]) await adminDb.recursiveDelete(adminDb.doc(paths.school(id)));
});

describe('GDPR', () => {
  it('the export contains the pupil and every record', async () => {
    await seedPupilWithRecords('p-export');
    const exported = await headClient.call<{
      pupil: { firstName: string };
      collections: Record<string, { id: string }[]>;
    }>('exportPupil', { schoolId: SCHOOL, pupilId: 'p-export' });
    expect(exported.pupil.firstName).toBe('Amina');
    for (const kind of RECORD_KINDS)
      expect(exported.collections[kind]?.map((r) => r.id)).toEqual(['r1']);
    expect(exported.collections.risk?.map((r) => r.id)).toEqual(['current']);
  });

  it('erasing leaves no document under the pupil, and an audit entry without personal data', async () => {
    await seedPupilWithRecords('p-erase');
    const result = await headClient.call<{ deleted: number }>('erasePupil', {
      schoolId: SCHOOL,
      pupilId: 'p-erase',
    });
    expect(result.deleted).toBeGreaterThanOrEqual(RECORD_KINDS.length + 2);
    const ref = adminDb.doc(paths.pupil(SCHOOL, 'p-erase'));
    // Triggers of the deleted records run after the call: give them time, then look again.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect((await ref.get()).exists).toBe(false);
    expect(await ref.listCollections()).toEqual([]);
    const audit = await adminDb
      .collection(paths.auditLog())
      .where('pupilId', '==', 'p-erase')
      .where('action', '==', 'pupilErased')
      .get();
    expect(audit.size).toBe(1);
    expect(JSON.stringify(audit.docs[0]?.data())).not.toContain('Amina');
  });

  it('a transferred pupil moves with its records and the old school loses access', async () => {
    await seedPupilWithRecords('p-move');
    await headClient.call('transferPupil', {
      schoolId: SCHOOL,
      pupilId: 'p-move',
      toSchoolId: TARGET,
      toClassId: 'class-1a',
    });
    const moved = await adminDb.doc(paths.pupil(TARGET, 'p-move')).get();
    expect(moved.get('schoolId')).toBe(TARGET);
    expect(moved.get('classId')).toBe('class-1a');
    for (const kind of RECORD_KINDS) {
      const record = await adminDb.doc(`${paths.records(TARGET, 'p-move', kind)}/r1`).get();
      expect(record.get('schoolId')).toBe(TARGET);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await adminDb.doc(paths.pupil(SCHOOL, 'p-move')).get()).exists).toBe(false);
    expect(await adminDb.doc(paths.pupil(SCHOOL, 'p-move')).listCollections()).toEqual([]);
    const risk = await waitFor(
      async () => (await adminDb.doc(paths.riskCurrent(TARGET, 'p-move')).get()).exists,
      (e) => e,
    );
    expect(risk).toBe(true);
  });

  it('a teacher cannot export or erase', async () => {
    const client = await signedInClient(teacher.email);
    await expect(
      client.call('erasePupil', { schoolId: SCHOOL, pupilId: 'p-export' }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    await client.close();
  });
});

describe('audit log', () => {
  it('records who changed which fields of a record, never the values', async () => {
    const path = `${paths.records(SCHOOL, 'p-export', 'tutoringSessions')}/r1`;
    await adminDb.doc(path).update({ notes: 'Nota riservata', minutes: 90, updatedAt: new Date() });
    const entries = await waitFor(
      async () =>
        (await adminDb.collection(paths.auditLog()).where('targetPath', '==', path).get()).docs,
      (docs) => docs.some((d) => d.get('action') === 'update'),
    );
    const update = entries.find((d) => d.get('action') === 'update');
    expect(update?.get('changedFields')).toEqual(['minutes', 'notes']);
    expect(update?.get('schoolId')).toBe(SCHOOL);
    expect(JSON.stringify(update?.data())).not.toContain('Nota riservata');
    expect(entries.some((d) => d.get('action') === 'create')).toBe(true);
  });
});
