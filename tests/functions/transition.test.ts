import { doc, getDoc, serverTimestamp, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ORIENTATION_STATS_ID,
  orientationDocId,
  paths,
  schoolYearOf,
  transferRequestId,
  transitionSchema,
} from '@domain';
import { checkTransitions } from '../../functions/src/scheduled/check-transitions';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { validOrientation } from '../rules/orientation-fixtures';
import { adminDb, waitFor } from '../support/admin';
import { type Client, createStaff, signedInClient, staffAccount } from '../support/client';

// Orientation and transitions (issue 14) on the emulators: a coordinator's orientation record
// puts the pupil in the head's steering check and the exam checklist in the coordinator's
// follow-ups; a transfer writes the handover sheet and the receiving school's end-of-term task;
// the daily check turns an unconfirmed move whose pupil is enrolled nowhere into a "left
// school" case, which the receiving school's answer closes.

const SCHOOL = `school-tr-${Date.now()}`;
const TARGET = `${SCHOOL}-target`;
const DISTRICT = `ambito-tr-${Date.now()}`;
const head = staffAccount(SCHOOL, 'head', 'head');
const coordinator = staffAccount(SCHOOL, 'coord', 'coordinator');
const targetHead = staffAccount(SCHOOL, 'thead', 'head', TARGET);
const targetTeacher = staffAccount(SCHOOL, 'tteach', 'teacher', TARGET);
const district = {
  ...staffAccount(SCHOOL, 'district', 'district'),
  districtId: DISTRICT,
  schoolId: undefined,
};
let headClient: Client;
let coordinatorClient: Client;
let targetHeadClient: Client;
let targetTeacherClient: Client;
let districtClient: Client;
const schoolYear = schoolYearOf(new Date());
const transitionIds: string[] = [];

beforeAll(async () => {
  await adminDb
    .doc(paths.school(SCHOOL))
    .set(makeSchool({ districtId: DISTRICT, name: 'IC Invio' }));
  await adminDb
    .doc(paths.school(TARGET))
    .set(makeSchool({ code: 'MIIS01200T', districtId: DISTRICT, name: 'IIS Arrivo' }));
  await adminDb
    .doc(paths.schoolClass(SCHOOL, 'class-3c'))
    .set(
      makeClass({ name: '3C', year: 3, section: 'C', coordinatorUid: coordinator.uid, schoolYear }),
    );
  await adminDb
    .doc(paths.schoolClass(TARGET, 'class-1a'))
    .set(makeClass({ name: '1A', level: 'secondaria2', year: 1, section: 'A', schoolYear }));
  await Promise.all(
    [head, coordinator, targetHead, targetTeacher, district].map((a) => createStaff(a)),
  );
  headClient = await signedInClient(head.email);
  coordinatorClient = await signedInClient(coordinator.email);
  targetHeadClient = await signedInClient(targetHead.email);
  targetTeacherClient = await signedInClient(targetTeacher.email);
  districtClient = await signedInClient(district.email);
});

afterAll(async () => {
  for (const c of [
    headClient,
    coordinatorClient,
    targetHeadClient,
    targetTeacherClient,
    districtClient,
  ]) {
    await c?.close();
  }
  for (const id of transitionIds) await adminDb.doc(paths.transition(id)).delete();
  for (const id of [SCHOOL, TARGET]) await adminDb.recursiveDelete(adminDb.doc(paths.school(id)));
  await adminDb.recursiveDelete(adminDb.doc(paths.district(DISTRICT)));
});

/** A newly arrived pupil in 3C with good marks and B1 in Italian for study. */
async function seedPupil(pupilId: string) {
  const now = new Date();
  await adminDb.doc(paths.pupil(SCHOOL, pupilId)).set(
    makePupil({
      schoolId: SCHOOL,
      classId: 'class-3c',
      firstName: 'Karim',
      lastName: `Test ${pupilId}`,
      arrivalDate: new Date(now.getTime() - 300 * 864e5),
      firstItalianSchoolDate: new Date(now.getTime() - 280 * 864e5),
    }),
  );
  const meta = {
    schoolId: SCHOOL,
    pupilId,
    createdBy: coordinator.uid,
    createdAt: now,
    updatedAt: now,
  };
  const good = { kind: 'numeric', value: 8, raw: '8' };
  await adminDb
    .doc(`${paths.records(SCHOOL, pupilId, 'termRecords')}/${schoolYear.replace('/', '-')}-t1`)
    .set({
      ...validRecords.termRecords,
      schoolYear,
      term: 1,
      marks: { italiano: good, matematica: good, inglese: good },
      conduct: null,
      ...meta,
    });
  await adminDb.doc(`${paths.records(SCHOOL, pupilId, 'l2Assessments')}/study`).set({
    ...validRecords.l2Assessments,
    domain: 'study',
    levels: { ascolto: 'B1', lettura: 'B1', parlato: 'B1', interazione: 'B1', scrittura: 'B1' },
    ...meta,
  });
}

describe('orientation record', () => {
  it('the coordinator records it: steering check for the head, exam checklist follow-up, Ambito counts', async () => {
    await seedPupil('p-steer');
    await setDoc(
      doc(
        coordinatorClient.db,
        paths.orientationRecord(SCHOOL, 'p-steer', orientationDocId(schoolYear)),
      ),
      {
        ...validOrientation,
        schoolYear,
        advice: { ...validOrientation.advice, recommendedTrack: 'iefp' },
        schoolId: SCHOOL,
        pupilId: 'p-steer',
        createdBy: coordinator.uid,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
        updatedBy: coordinator.uid,
      },
    );
    const statsPath = `${paths.schoolStats(SCHOOL)}/${ORIENTATION_STATS_ID}`;
    await waitFor(
      async () => (await adminDb.doc(statsPath).get()).data(),
      (d) => (d?.steered as unknown[] | undefined)?.length === 1,
      60_000,
    );
    // The head reads the aggregate (the rules allow head and referent).
    const stats = (await getDoc(doc(headClient.db, statsPath))).data();
    expect(stats?.steered).toEqual([
      expect.objectContaining({
        pupilId: 'p-steer',
        recommendedTrack: 'iefp',
        meanMark: 8,
        studyLevel: 'B1',
      }),
    ]);
    expect(stats?.byTrack).toEqual({ liceo: 0, tecnico: 0, professionale: 0, iefp: 1 });

    // The exam checklist's missing items (INVALSI, PDP in the exam) go to the coordinator.
    const risk = await waitFor(
      async () => (await adminDb.doc(paths.riskCurrent(SCHOOL, 'p-steer')).get()).data(),
      (d) =>
        (d?.followUps as { code: string }[] | undefined)?.some((f) => f.code === 'examChecklist') ??
        false,
    );
    const exam = (
      risk?.followUps as { code: string; ownerUids: string[]; evidence: { missing: string } }[]
    ).find((f) => f.code === 'examChecklist');
    expect(exam?.ownerUids).toEqual([coordinator.uid]);
    expect(exam?.evidence.missing).toBe('invalsiTaken,pdpInExam');

    // The Ambito: one pupil, suppressed; no names.
    const ambito = await waitFor(
      async () =>
        (
          await getDoc(
            doc(districtClient.db, `${paths.districtStats(DISTRICT)}/${ORIENTATION_STATS_ID}`),
          )
        ).data(),
      (d) =>
        Array.isArray(d?.schools) &&
        (d.schools as { schoolId: string }[]).some((s) => s.schoolId === SCHOOL),
    );
    const row = (ambito?.schools as { schoolId: string; pupils: unknown; steered: unknown }[]).find(
      (s) => s.schoolId === SCHOOL,
    );
    expect(row).toMatchObject({ pupils: '<=3', steered: '<=3' });
    expect(JSON.stringify(ambito)).not.toContain('p-steer');
  });
});

describe('transition', () => {
  it('a transfer writes the handover sheet and the receiving school task; its answer confirms', async () => {
    await seedPupil('p-move');
    await adminDb.doc(paths.orientationRecord(SCHOOL, 'p-move', orientationDocId(schoolYear))).set({
      ...validOrientation,
      schoolYear,
      schoolId: SCHOOL,
      pupilId: 'p-move',
      createdBy: coordinator.uid,
      createdAt: new Date(),
      updatedAt: new Date(),
      updatedBy: coordinator.uid,
    });
    const { requestId } = await headClient.call<{ requestId: string }>('transferPupil', {
      schoolId: SCHOOL,
      pupilId: 'p-move',
      toSchoolId: TARGET,
      toClassId: 'class-1a',
    });
    transitionIds.push(requestId);
    expect(requestId).toBe(transferRequestId(SCHOOL, 'p-move'));
    await targetHeadClient.call('respondToTransfer', { requestId, accept: true });

    const snap = await getDoc(doc(targetHeadClient.db, paths.transition(requestId)));
    const t = transitionSchema.parse(
      JSON.parse(JSON.stringify(snap.data()), (_k, v: unknown) =>
        v && typeof v === 'object' && 'seconds' in v
          ? new Date((v as { seconds: number }).seconds * 1000)
          : v,
      ),
    );
    expect(t).toMatchObject({
      pupilId: 'p-move',
      fromSchoolId: SCHOOL,
      toSchoolId: TARGET,
      status: 'pending',
    });
    expect(t.handover.l2Levels).toEqual([
      expect.objectContaining({ domain: 'study', level: 'B1' }),
    ]);
    expect(t.handover.orientation).toMatchObject({
      recommendedTrack: 'tecnico',
      orientationHours: 18,
    });
    // Due at the end of the receiving school's first term (quadrimestri: 31 January).
    expect(t.checkDue.getUTCMonth()).toBe(0);
    expect(t.checkDue.getUTCDate()).toBe(31);
    // The orientation record moved with the pupil and the receiving head reads it.
    const moved = await getDoc(
      doc(
        targetHeadClient.db,
        paths.orientationRecord(TARGET, 'p-move', orientationDocId(schoolYear)),
      ),
    );
    expect(moved.get('advice.recommendedTrack')).toBe('tecnico');
    // The sending head reads the transition; a teacher of the receiving school does not.
    expect((await getDoc(doc(headClient.db, paths.transition(requestId)))).exists()).toBe(true);
    await expect(
      getDoc(doc(targetTeacherClient.db, paths.transition(requestId))),
    ).rejects.toThrow();

    // Only the receiving school answers the task.
    await expect(
      headClient.call('confirmTransition', {
        transitionId: requestId,
        stillEnrolled: true,
        meanMark: 7,
        notes: '',
      }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    await targetHeadClient.call('confirmTransition', {
      transitionId: requestId,
      stillEnrolled: true,
      meanMark: 7.2,
      notes: 'Frequenta',
    });
    const confirmed = await adminDb.doc(paths.transition(requestId)).get();
    expect(confirmed.get('status')).toBe('confirmed');
    expect(confirmed.get('confirmation.meanMark')).toBe(7.2);
    // A confirmed transition is never marked "left school", even long after.
    expect(await checkTransitions(new Date(Date.now() + 400 * 864e5))).not.toContain(requestId);

    // GDPR: the receiving school's export includes the transition (it names the pupil and
    // carries the handover sheet); the erasure deletes it.
    const exported = await targetHeadClient.call<{ transitions: { id: string }[] }>('exportPupil', {
      schoolId: TARGET,
      pupilId: 'p-move',
    });
    expect(exported.transitions.map((x) => x.id)).toEqual([requestId]);
    await targetHeadClient.call('erasePupil', { schoolId: TARGET, pupilId: 'p-move' });
    expect((await adminDb.doc(paths.transition(requestId)).get()).exists).toBe(false);
  });

  it('the daily check: a pupil enrolled nowhere after the date becomes a left-school case', async () => {
    await seedPupil('p-gone');
    await seedPupil('p-stays');
    const ids: string[] = [];
    for (const pupilId of ['p-gone', 'p-stays']) {
      const { requestId } = await headClient.call<{ requestId: string }>('transferPupil', {
        schoolId: SCHOOL,
        pupilId,
        toSchoolId: TARGET,
        toClassId: 'class-1a',
      });
      await targetHeadClient.call('respondToTransfer', { requestId, accept: true });
      ids.push(requestId);
      transitionIds.push(requestId);
    }
    const [gone, stays] = ids as [string, string];
    // The receiving school withdrew p-gone (the pupil document is gone).
    await adminDb.recursiveDelete(adminDb.doc(paths.pupil(TARGET, 'p-gone')));
    const confirmBy = (await adminDb.doc(paths.transition(gone)).get())
      .get('confirmBy')
      .toDate() as Date;

    // On the day itself nothing happens; the day after, only the pupil enrolled nowhere.
    expect(await checkTransitions(confirmBy)).toEqual([]);
    const after = new Date(confirmBy.getTime() + 864e5);
    const marked = await checkTransitions(after);
    expect(marked).toContain(gone);
    expect(marked).not.toContain(stays);
    const left = await adminDb.doc(paths.transition(gone)).get();
    expect(left.get('status')).toBe('leftSchool');
    expect(left.get('leftSchoolAt').toDate()).toEqual(after);
    expect((await adminDb.doc(paths.transition(stays)).get()).get('status')).toBe('pending');
    // Idempotent: a second run marks nothing again.
    expect(await checkTransitions(after)).toEqual([]);

    // The sending school counts it; the Ambito too, suppressed.
    const stats = await waitFor(
      async () =>
        (await adminDb.doc(`${paths.schoolStats(SCHOOL)}/${ORIENTATION_STATS_ID}`).get()).data(),
      (d) => (d?.transitions as { leftSchool?: number } | undefined)?.leftSchool === 1,
    );
    expect(stats?.transitions).toMatchObject({ leftSchool: 1 });
    const audit = await adminDb.doc(`${paths.auditLog()}/${gone}-leftSchool`).get();
    expect(audit.get('action')).toBe('pupilLeftSchool');

    // The receiving school re-enrols the pupil and confirms: the case closes.
    await targetHeadClient.call('confirmTransition', {
      transitionId: gone,
      stillEnrolled: true,
      meanMark: null,
      notes: 'Rientrato a febbraio',
    });
    expect((await adminDb.doc(paths.transition(gone)).get()).get('status')).toBe('confirmed');
    expect((await adminDb.doc(paths.transition(gone)).get()).get('leftSchoolAt')).toBeNull();
  });
});
