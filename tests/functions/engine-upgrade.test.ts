import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RISK_ENGINE_VERSION,
  evidenceKey,
  paths,
  schoolYearOf,
  termRecordId,
  type Mark,
  type RiskFlag,
} from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { adminDb, waitFor } from '../support/admin';

// Engine 2.0.0 reads a risk/current written by engine 1 (flags without a role) as absent and
// rewrites it: a person's decision on a flag whose evidence did not change must survive.

const SCHOOL = `school-upgrade-${Date.now()}`;
const PUPIL = 'pupil-1';
const riskRef = () => adminDb.doc(paths.riskCurrent(SCHOOL, PUPIL));
const numeric = (value: number): Mark => ({ kind: 'numeric', value, raw: String(value) });
const meta = () => ({
  schoolId: SCHOOL,
  pupilId: PUPIL,
  createdBy: 'coordinator-1',
  createdAt: new Date(),
  updatedAt: new Date(),
});

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
  await adminDb.doc(paths.schoolClass(SCHOOL, 'class-2b')).set(makeClass());
  await adminDb.doc(paths.pupil(SCHOOL, PUPIL)).set(makePupil({ schoolId: SCHOOL }));
  const schoolYear = schoolYearOf(new Date());
  await adminDb
    .doc(`${paths.records(SCHOOL, PUPIL, 'termRecords')}/${termRecordId(schoolYear, 1)}`)
    .set({
      ...validRecords.termRecords,
      schoolYear,
      term: 1,
      lessonHours: 300,
      absenceHours: 6,
      marks: { italiano: numeric(5.5), matematica: numeric(5.5), inglese: numeric(6) },
      conduct: numeric(8),
      ...meta(),
    });
});

afterAll(async () => {
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
});

describe('engine upgrade', () => {
  it('keeps the decision on an unchanged flag when an engine-1 document is rewritten', async () => {
    const first = await waitFor(
      () => riskRef().get(),
      (s) => ((s.get('flags') as RiskFlag[] | undefined) ?? []).some((f) => f.code === 'meanMark'),
    );
    const flags = first.get('flags') as RiskFlag[];
    const meanMark = flags.find((f) => f.code === 'meanMark');
    if (!meanMark) throw new Error('no meanMark flag');
    // What engine 1 stored: the same flags without a role, a review of the mean-mark flag.
    const review = {
      decision: 'dismissed',
      reason: 'Già seguito dal consiglio di classe',
      byUid: 'coordinator-1',
      byName: 'Coordinatrice',
      at: new Date(),
      evidenceKey: evidenceKey(meanMark),
    };
    await riskRef().set({
      level: 'amber',
      score: 3,
      flags: flags.map(({ role: _role, ...rest }) => rest),
      protective: [],
      engineVersion: '1.0.0',
      computedAt: new Date(),
      classId: 'class-2b',
      schoolId: SCHOOL,
      reviews: { meanMark: review, familyContact: { ...review, evidenceKey: 'gone' } },
      reviewedLevel: 'green',
    });
    // Any write to the pupil's records recomputes from source.
    await adminDb.doc(`${paths.records(SCHOOL, PUPIL, 'tutoringSessions')}/t1`).set({
      ...validRecords.tutoringSessions,
      date: new Date(),
      ...meta(),
    });
    const upgraded = await waitFor(
      () => riskRef().get(),
      (s) => s.get('engineVersion') === RISK_ENGINE_VERSION,
    );
    expect(upgraded.get('reviews.meanMark.decision')).toBe('dismissed');
    expect(upgraded.get('reviews.familyContact')).toBeUndefined();
    expect(upgraded.get('pendingReview')).not.toContain('meanMark');
  });
});
