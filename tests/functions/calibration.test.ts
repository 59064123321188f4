import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  RISK_ENGINE_VERSION,
  type SaveThresholdsInput,
  calibrationPaths,
  calibrationSchema,
  paths,
} from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { adminDb, waitFor } from '../support/admin';
import { type Client, createStaff, signedInClient, staffAccount } from '../support/client';

// saveThresholds through the real callable: the head's chosen set becomes the school's, the
// calibration is kept, and the settings change recomputes the school's pupils.

const SCHOOL = `school-calibration-${Date.now()}`;
const PUPIL = 'pupil-cal';
const head = staffAccount(SCHOOL, 'head', 'head');
const teacher = staffAccount(SCHOOL, 'teacher', 'teacher');
let headClient: Client;
let teacherClient: Client;

const numeric = (value: number, raw = String(value)) => ({ kind: 'numeric', value, raw });
const riskLevel = async () =>
  (await adminDb.doc(paths.riskCurrent(SCHOOL, PUPIL)).get()).get('level') as string | undefined;

// Mean mark 5.875 with one subject below 6: amber under the default bar (6), green under 5.75.
const CHOSEN = { ...DEFAULT_THRESHOLDS, meanMarkAmber: 5.75 };
const input: SaveThresholdsInput = {
  schoolId: SCHOOL,
  thresholds: CHOSEN,
  figures: {
    pupils: 2000,
    failures: 314,
    flaggedShare: 0.142,
    sensitivity: 0.49,
    specificity: 0.92,
    redPrecision: 0.87,
    greenFailureRate: 0.09,
  },
  fileRows: 2000,
};

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
  await adminDb.doc(paths.schoolClass(SCHOOL, 'class-2b')).set(makeClass());
  await adminDb.doc(paths.pupil(SCHOOL, PUPIL)).set(makePupil({ schoolId: SCHOOL }));
  const meta = {
    schoolId: SCHOOL,
    pupilId: PUPIL,
    createdBy: teacher.uid,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  await adminDb
    .doc(`${paths.records(SCHOOL, PUPIL, 'familyMeetings')}/m1`)
    .set({ ...validRecords.familyMeetings, date: new Date(), ...meta });
  await adminDb.doc(`${paths.records(SCHOOL, PUPIL, 'termRecords')}/t1`).set({
    ...validRecords.termRecords,
    schoolYear: '2026/27',
    term: 1,
    marks: {
      italiano: numeric(6),
      matematica: numeric(6),
      inglese: numeric(5.5, '5½'),
      storia: numeric(6),
    },
    ...meta,
  });
  await Promise.all([createStaff(head), createStaff(teacher)]);
  [headClient, teacherClient] = await Promise.all([
    signedInClient(head.email),
    signedInClient(teacher.email),
  ]);
  await waitFor(riskLevel, (level) => level === 'amber');
});

afterAll(async () => {
  await Promise.all([headClient?.close(), teacherClient?.close()]);
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
});

describe('saveThresholds', () => {
  it('a teacher is refused and nothing changes', async () => {
    const refusal = await teacherClient.call('saveThresholds', input).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'functions/permission-denied' });
    expect(refusal).toHaveProperty(
      'message',
      expect.stringMatching(/^Non hai i permessi per questa operazione\./),
    );
    expect(refusal).toHaveProperty('details', { en: 'You are not allowed to do this.' });
    expect((await adminDb.doc(paths.school(SCHOOL)).get()).get('settings.thresholds')).toEqual(
      DEFAULT_THRESHOLDS,
    );
    const saved = await adminDb.collection(calibrationPaths.calibrations(SCHOOL)).get();
    expect(saved.size).toBe(0);
  });

  it('refuses thresholds outside the schema, in Italian', async () => {
    const refusal = await headClient
      .call('saveThresholds', { ...input, thresholds: { ...CHOSEN, absenceRedProjectedPct: 90 } })
      .catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'functions/invalid-argument' });
    expect(refusal).toHaveProperty(
      'message',
      expect.stringMatching(/^Dati non validi: thresholds\.absenceRedProjectedPct/),
    );
  });

  it('refuses the head of another school', async () => {
    await expect(
      headClient.call('saveThresholds', { ...input, schoolId: `${SCHOOL}-other` }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
  });

  it("the head's set becomes the school's, is kept with its figures, and the pupils are recomputed", async () => {
    expect(await riskLevel()).toBe('amber');
    const { calibrationId } = await headClient.call<{ calibrationId: string }>(
      'saveThresholds',
      input,
    );

    const school = await adminDb.doc(paths.school(SCHOOL)).get();
    expect(school.get('settings.thresholds')).toEqual(CHOSEN);
    const stored = await adminDb.doc(calibrationPaths.calibration(SCHOOL, calibrationId)).get();
    const calibration = calibrationSchema.parse({
      ...stored.data(),
      at: stored.get('at').toDate(),
    });
    expect(calibration).toMatchObject({
      thresholds: CHOSEN,
      previousThresholds: DEFAULT_THRESHOLDS,
      figures: input.figures,
      fileRows: 2000,
      byUid: head.uid,
      byName: head.uid,
      engineVersion: RISK_ENGINE_VERSION,
    });

    const audit = await adminDb
      .collection(paths.auditLog())
      .where('schoolId', '==', SCHOOL)
      .where('actorUid', '==', head.uid)
      .get();
    expect(audit.docs.map((d) => [d.get('action'), d.get('targetPath')]).sort()).toEqual([
      ['create', calibrationPaths.calibration(SCHOOL, calibrationId)],
      ['update', paths.school(SCHOOL)],
    ]);

    // onSchoolUpdated recomputes the school: the mean mark 5.875 no longer reaches the bar.
    expect(await waitFor(riskLevel, (level) => level === 'green', 30_000)).toBe('green');
  });
});
