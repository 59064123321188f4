import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { recomputePupilRisk } from '../../functions/src/risk/recompute-pupil';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { adminDb, waitFor } from '../support/admin';

// The risk triggers in the Functions emulator: a record write recomputes the pupil's flags.

const SCHOOL = `school-risk-${Date.now()}`;
const PUPIL = 'pupil-1';
const riskRef = () => adminDb.doc(paths.riskCurrent(SCHOOL, PUPIL));
const historyCount = async () =>
  (await adminDb.collection(paths.riskHistory(SCHOOL, PUPIL)).count().get()).data().count;
const flagCodes = async () =>
  ((await riskRef().get()).get('flags') ?? []).map((f: { code: string }) => f.code) as string[];
const termRecordRef = () => adminDb.doc(`${paths.records(SCHOOL, PUPIL, 'termRecords')}/t1`);
const numeric = (value: number, raw = String(value)) => ({ kind: 'numeric', value, raw });

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
  await adminDb
    .doc(paths.schoolClass(SCHOOL, 'class-2b'))
    .set(makeClass({ coordinatorUid: 'coordinator-risk' }));
  await adminDb.doc(paths.pupil(SCHOOL, PUPIL)).set(makePupil({ schoolId: SCHOOL }));
  // A family meeting this term, so the pupil starts without any flag.
  await adminDb.doc(`${paths.records(SCHOOL, PUPIL, 'familyMeetings')}/m1`).set({
    ...validRecords.familyMeetings,
    date: new Date(),
    schoolId: SCHOOL,
    pupilId: PUPIL,
    createdBy: 'teacher-risk',
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await waitFor(
    async () => (await riskRef().get()).get('level'),
    (level) => level === 'green',
  );
});

afterAll(async () => {
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
  await adminDb.recursiveDelete(adminDb.doc(paths.user('coordinator-risk')));
});

describe('risk flags recomputed by functions', () => {
  it('a term record with three marks below 6 turns the pupil red, with the Italian sentence', async () => {
    expect((await riskRef().get()).get('level')).toBe('green');
    await termRecordRef().set({
      ...validRecords.termRecords,
      schoolYear: '2026/27',
      term: 1,
      marks: {
        italiano: numeric(6),
        matematica: numeric(5),
        inglese: numeric(4.5, '4½'),
        storia: numeric(5, '5-'),
      },
      schoolId: SCHOOL,
      pupilId: PUPIL,
      createdBy: 'teacher-risk',
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const level = await waitFor(
      async () => (await riskRef().get()).get('level'),
      (l) => l === 'red',
    );
    expect(level).toBe('red');
    const flags = (await riskRef().get()).get('flags') as {
      code: string;
      level: string;
      sentence: { it: string; en: string };
      evidence: Record<string, unknown>;
    }[];
    const failing = flags.find((f) => f.code === 'failingSubjects');
    expect(failing?.level).toBe('red');
    expect(failing?.evidence.failingCount).toBe(3);
    expect(failing?.sentence.it).toMatch(/^Insufficienze in 3 materie .*soglia 3$/);
  });

  it('notifies the class coordinator when the level rises', async () => {
    const notifications = await waitFor(
      async () =>
        (await adminDb.collection(`${paths.user('coordinator-risk')}/notifications`).get()).docs,
      (docs) => docs.some((d) => d.get('pupilId') === PUPIL && d.get('level') === 'red'),
    );
    const raised = notifications.find((d) => d.get('level') === 'red');
    expect(raised?.get('type')).toBe('riskRaised');
    expect(raised?.get('read')).toBe(false);
  });

  it('the same event delivered twice leaves the same state', async () => {
    const before = await riskRef().get();
    const historyBefore = await historyCount();
    expect(await recomputePupilRisk(SCHOOL, PUPIL)).toMatchObject({ status: 'unchanged' });
    expect(await recomputePupilRisk(SCHOOL, PUPIL)).toMatchObject({ status: 'unchanged' });
    const after = await riskRef().get();
    expect(after.updateTime?.isEqual(before.updateTime!)).toBe(true);
    expect(after.data()).toEqual(before.data());
    expect(await historyCount()).toBe(historyBefore);
  });

  it('deleting the record turns the flag off', async () => {
    await termRecordRef().delete();
    const codes = await waitFor(flagCodes, (c) => !c.includes('failingSubjects'));
    expect(codes).not.toContain('failingSubjects');
    expect((await riskRef().get()).get('level')).toBe('green');
  });

  it('writes a history entry each time the level or the flags change', async () => {
    const entries = await adminDb.collection(paths.riskHistory(SCHOOL, PUPIL)).orderBy('at').get();
    expect(entries.docs.map((d) => d.get('level'))).toEqual(['green', 'red', 'green']);
  });
});
