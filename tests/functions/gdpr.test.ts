import {
  collection,
  doc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RECORD_KINDS,
  TRANSFERRED_AUTHOR,
  EMULATOR_FAKE_AUTHOR,
  paths,
  transferRequestId,
} from '@domain';
import { adminDb, waitFor } from '../support/admin';
import { runTransferJob } from '../../functions/src/lib/transfer-job';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { type Client, createStaff, signedInClient, staffAccount } from '../support/client';

// GDPR export, erasure and transfer through the real callables; the audit trigger.

const SCHOOL = `school-gdpr-${Date.now()}`;
const TARGET = `${SCHOOL}-target`;
const head = staffAccount(SCHOOL, 'head', 'head');
const teacher = staffAccount(SCHOOL, 'teacher', 'teacher');
const targetHead = staffAccount(SCHOOL, 'thead', 'head', TARGET);
const referent = staffAccount(SCHOOL, 'referent', 'referent');
let headClient: Client;
let targetHeadClient: Client;

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
  await Promise.all([
    createStaff(head),
    createStaff(teacher),
    createStaff(targetHead),
    createStaff(referent),
  ]);
  headClient = await signedInClient(head.email);
  targetHeadClient = await signedInClient(targetHead.email);
});

afterAll(async () => {
  await headClient?.close();
  await targetHeadClient?.close();
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

  it('the export lists the pupil’s transfer requests involving the school, not others', async () => {
    await seedPupilWithRecords('p-export-t');
    const { requestId } = await headClient.call<{ requestId: string }>('transferPupil', {
      schoolId: SCHOOL,
      pupilId: 'p-export-t',
      toSchoolId: TARGET,
    });
    // Same pupil id between two other schools: not this school's to export.
    await adminDb.doc(paths.transferRequest(`other-${SCHOOL}`)).set({
      fromSchoolId: 'elsewhere-a',
      toSchoolId: 'elsewhere-b',
      pupilId: 'p-export-t',
    });
    const exported = await headClient.call<{
      transferRequests: { id: string; data: { pupilName: string; status: string } }[];
    }>('exportPupil', { schoolId: SCHOOL, pupilId: 'p-export-t' });
    expect(exported.transferRequests.map((r) => r.id)).toEqual([requestId]);
    expect(exported.transferRequests[0]?.data).toMatchObject({
      pupilName: 'El Idrissi Amina',
      status: 'requested',
      toSchoolId: TARGET,
    });
    // Leave the receiving school's list as the transfer tests below expect it.
    await adminDb.doc(paths.transferRequest(`other-${SCHOOL}`)).delete();
    await adminDb.doc(paths.transferRequest(requestId)).delete();
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

  it('a transfer is a request: nothing moves until the receiving head accepts', async () => {
    await seedPupilWithRecords('p-move');
    const { requestId } = await headClient.call<{ requestId: string }>('transferPupil', {
      schoolId: SCHOOL,
      pupilId: 'p-move',
      toSchoolId: TARGET,
      toClassId: 'class-1a',
    });
    expect(requestId).toBe(transferRequestId(SCHOOL, 'p-move'));
    expect((await adminDb.doc(paths.pupil(SCHOOL, 'p-move')).get()).exists).toBe(true);
    expect((await adminDb.doc(paths.pupil(TARGET, 'p-move')).get()).exists).toBe(false);
    // The receiving head sees it in their list; the sender cannot accept it.
    const incoming = await getDocs(
      query(
        collection(targetHeadClient.db, paths.transferRequests()),
        where('toSchoolId', '==', TARGET),
      ),
    );
    expect(incoming.docs.map((d) => d.get('status'))).toEqual(['requested']);
    await expect(
      headClient.call('respondToTransfer', { requestId, accept: true }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });

    const answer = await targetHeadClient.call<{ status: string }>('respondToTransfer', {
      requestId,
      accept: true,
    });
    expect(answer.status).toBe('completed');
    const moved = await adminDb.doc(paths.pupil(TARGET, 'p-move')).get();
    expect(moved.get('schoolId')).toBe(TARGET);
    expect(moved.get('classId')).toBe('class-1a');
    expect(moved.get('assignedUids')).toEqual([]);
    expect(moved.get('createdBy')).toBe(TRANSFERRED_AUTHOR);
    for (const kind of RECORD_KINDS) {
      const record = await adminDb.doc(`${paths.records(TARGET, 'p-move', kind)}/r1`).get();
      expect(record.get('schoolId')).toBe(TARGET);
      // The sending school's staff stay behind.
      expect(JSON.stringify(record.data())).not.toContain(teacher.uid);
    }
    expect((await adminDb.doc(paths.pupil(SCHOOL, 'p-move')).get()).exists).toBe(false);
    expect(await adminDb.doc(paths.pupil(SCHOOL, 'p-move')).listCollections()).toEqual([]);
    const request = await adminDb.doc(paths.transferRequest(requestId)).get();
    expect(request.get('status')).toBe('completed');
    const risk = await waitFor(
      async () => (await adminDb.doc(paths.riskCurrent(TARGET, 'p-move')).get()).exists,
      (e) => e,
    );
    expect(risk).toBe(true);
  });

  it('a request without a class waits for the receiving head to choose one on accepting', async () => {
    await seedPupilWithRecords('p-class');
    const { requestId } = await headClient.call<{ requestId: string }>('transferPupil', {
      schoolId: SCHOOL,
      pupilId: 'p-class',
      toSchoolId: TARGET,
    });
    expect((await adminDb.doc(paths.transferRequest(requestId)).get()).get('toClassId')).toBeNull();

    const withoutClass = targetHeadClient.call('respondToTransfer', { requestId, accept: true });
    await expect(withoutClass).rejects.toMatchObject({ code: 'functions/failed-precondition' });
    await expect(withoutClass).rejects.toThrow('Scegli la classe in cui inserire l’alunno.');
    await expect(
      targetHeadClient.call('respondToTransfer', { requestId, accept: true, toClassId: 'nope' }),
    ).rejects.toMatchObject({ code: 'functions/not-found' });
    const waiting = await adminDb.doc(paths.transferRequest(requestId)).get();
    expect(waiting.get('status')).toBe('requested');
    expect((await adminDb.doc(paths.pupil(SCHOOL, 'p-class')).get()).exists).toBe(true);

    const answer = await targetHeadClient.call<{ status: string }>('respondToTransfer', {
      requestId,
      accept: true,
      toClassId: 'class-1a',
    });
    expect(answer.status).toBe('completed');
    const request = await adminDb.doc(paths.transferRequest(requestId)).get();
    expect(request.get('toClassId')).toBe('class-1a');
    expect((await adminDb.doc(paths.pupil(TARGET, 'p-class')).get()).get('classId')).toBe(
      'class-1a',
    );
    expect((await adminDb.doc(paths.pupil(SCHOOL, 'p-class')).get()).exists).toBe(false);
  });

  it('a rejected request moves nothing', async () => {
    await seedPupilWithRecords('p-stay');
    const { requestId } = await headClient.call<{ requestId: string }>('transferPupil', {
      schoolId: SCHOOL,
      pupilId: 'p-stay',
      toSchoolId: TARGET,
      toClassId: 'class-1a',
    });
    await targetHeadClient.call('respondToTransfer', { requestId, accept: false });
    expect((await adminDb.doc(paths.transferRequest(requestId)).get()).get('status')).toBe(
      'rejected',
    );
    expect((await adminDb.doc(paths.pupil(SCHOOL, 'p-stay')).get()).exists).toBe(true);
    expect((await adminDb.doc(paths.pupil(TARGET, 'p-stay')).get()).exists).toBe(false);
  });

  it('a transfer that crashed after the copy, run again, leaves one consistent pupil', async () => {
    await seedPupilWithRecords('p-crash');
    const { requestId } = await headClient.call<{ requestId: string }>('transferPupil', {
      schoolId: SCHOOL,
      pupilId: 'p-crash',
      toSchoolId: TARGET,
      toClassId: 'class-1a',
    });
    // The decision as respondToTransfer records it, then the job by hand: it dies after copying.
    await adminDb
      .doc(paths.transferRequest(requestId))
      .update({ status: 'accepted', decidedBy: targetHead.uid, decidedAt: new Date() });
    const crash = new Error('crash after copy');
    await expect(
      runTransferJob(requestId, {
        afterCopy: () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    // Still in the sending school only: the copied records have no pupil at the destination.
    expect((await adminDb.doc(paths.pupil(SCHOOL, 'p-crash')).get()).exists).toBe(true);
    expect((await adminDb.doc(paths.pupil(TARGET, 'p-crash')).get()).exists).toBe(false);
    const request = await adminDb.doc(paths.transferRequest(requestId)).get();
    expect(request.get('status')).toBe('accepted');
    expect(request.get('copiedAt')).not.toBeNull();

    // The retry (the receiving head accepting again) finishes it.
    const answer = await targetHeadClient.call<{ status: string }>('respondToTransfer', {
      requestId,
      accept: true,
    });
    expect(answer.status).toBe('completed');
    expect(await runTransferJob(requestId)).toBe('completed');
    expect((await adminDb.doc(paths.pupil(SCHOOL, 'p-crash')).get()).exists).toBe(false);
    expect((await adminDb.doc(paths.pupil(TARGET, 'p-crash')).get()).exists).toBe(true);
    for (const kind of RECORD_KINDS) {
      const records = await adminDb.collection(paths.records(TARGET, 'p-crash', kind)).get();
      expect(records.docs.map((d) => d.id)).toEqual(['r1']);
    }
    const audit = await adminDb
      .collection(paths.auditLog())
      .where('pupilId', '==', 'p-crash')
      .where('action', '==', 'pupilTransferredIn')
      .get();
    expect(audit.docs.map((d) => d.get('actorUid'))).toEqual([targetHead.uid]);
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

  it('credits an edit to its editor (updatedBy), not to the record’s author', async () => {
    const path = `${paths.records(SCHOOL, 'p-export', 'familyMeetings')}/edited-by-referent`;
    const author = await signedInClient(teacher.email);
    await setDoc(doc(author.db, path), {
      ...validRecords.familyMeetings,
      schoolId: SCHOOL,
      pupilId: 'p-export',
      createdBy: teacher.uid,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
      updatedBy: teacher.uid,
    });
    await author.close();
    const editor = await signedInClient(referent.email);
    await updateDoc(doc(editor.db, path), {
      notes: 'Richiamata la famiglia',
      updatedAt: serverTimestamp(),
      updatedBy: referent.uid,
    });
    await editor.close();
    const entries = await waitFor(
      async () =>
        (await adminDb.collection(paths.auditLog()).where('targetPath', '==', path).get()).docs,
      (docs) => docs.some((d) => d.get('action') === 'update'),
    );
    const actorOf = (action: string) =>
      entries.filter((d) => d.get('action') === action).map((d) => d.get('actorUid'));
    expect(actorOf('create')).toEqual([teacher.uid]);
    expect(actorOf('update')).toEqual([referent.uid]);
    expect(entries.find((d) => d.get('action') === 'update')?.get('changedFields')).toEqual([
      'notes',
    ]);
  });

  it('names the person who wrote from the app, never the emulator’s stand-in author', async () => {
    const client = await signedInClient(teacher.email);
    const path = `${paths.records(SCHOOL, 'p-export', 'familyMeetings')}/from-app`;
    await setDoc(doc(client.db, path), {
      ...validRecords.familyMeetings,
      schoolId: SCHOOL,
      pupilId: 'p-export',
      createdBy: teacher.uid,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
    await client.close();
    const entries = await waitFor(
      async () =>
        (await adminDb.collection(paths.auditLog()).where('targetPath', '==', path).get()).docs,
      (docs) => docs.length > 0,
    );
    expect(entries.map((d) => d.get('actorUid'))).toEqual([teacher.uid]);
    const actors = await adminDb
      .collection(paths.auditLog())
      .where('actorUid', '==', EMULATOR_FAKE_AUTHOR)
      .limit(1)
      .get();
    expect(actors.empty).toBe(true);
  });
});
