import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  paths,
  pupilNeedSchema,
  riskHistoryEntrySchema,
  riskNotificationId,
  riskNotificationSchema,
  storedRiskSchema,
  type StoredRisk,
} from '@domain';
import { toDomain } from '../../functions/src/lib/firestore-data';
import { recomputePupilRisk } from '../../functions/src/risk/recompute-pupil';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { adminAuth, adminDb, waitFor } from '../support/admin';
import { createStaff, signedInClient } from '../support/client';

// The risk triggers in the Functions emulator: a record write recomputes the pupil's flags,
// follow-ups get their owners, a rise notifies once a day per person, a review is audited.

const STAMP = Date.now();
const SCHOOL = `school-risk-${STAMP}`;
const CLASS = 'class-2b';
const PUPIL = 'pupil-1';
const OTHER = 'pupil-2';
const staff = {
  coordinator: `coord-risk-${STAMP}`,
  referent: `ref-risk-${STAMP}`,
  educator: `edu-risk-${STAMP}`,
  lateReferent: `late-ref-risk-${STAMP}`,
} as const;
const DAY_MS = 86_400_000;

const riskRef = (pupilId = PUPIL) => adminDb.doc(paths.riskCurrent(SCHOOL, pupilId));
const storedRisk = async (pupilId = PUPIL): Promise<StoredRisk | null> => {
  const snap = await riskRef(pupilId).get();
  return snap.exists ? storedRiskSchema.parse(toDomain(snap.data())) : null;
};
const levelOf = async (pupilId = PUPIL) => (await riskRef(pupilId).get()).get('level') as unknown;
const flagCodes = async () => (await storedRisk())?.flags.map((f) => f.code) ?? [];
const termRecordRef = (pupilId = PUPIL) =>
  adminDb.doc(`${paths.records(SCHOOL, pupilId, 'termRecords')}/t1`);
const notificationsOf = (uid: string) => adminDb.collection(`${paths.user(uid)}/notifications`);
const numeric = (value: number, raw = String(value)) => ({ kind: 'numeric', value, raw });
const meta = (pupilId: string) => ({
  schoolId: SCHOOL,
  pupilId,
  createdBy: 'teacher-risk',
  createdAt: new Date(),
  updatedAt: new Date(),
});
const account = (uid: string) => ({ uid, email: `${uid}@example.test`, schoolId: SCHOOL });

/** Marks with a mean below 5: red for the engine. */
async function writeFailingTermRecord(pupilId: string): Promise<void> {
  await termRecordRef(pupilId).set({
    ...validRecords.termRecords,
    schoolYear: '2026/27',
    term: 1,
    marks: {
      italiano: numeric(4),
      matematica: numeric(5),
      inglese: numeric(4.5, '4½'),
      storia: numeric(4, '4-'),
    },
    ...meta(pupilId),
  });
}

beforeAll(async () => {
  // The staff exist before any pupil's level can rise.
  await createStaff({ ...account(staff.coordinator), role: 'coordinator' });
  await createStaff({ ...account(staff.referent), role: 'referent' });
  await createStaff({ ...account(staff.educator), role: 'educator' });
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
  await adminDb
    .doc(paths.schoolClass(SCHOOL, CLASS))
    .set(makeClass({ coordinatorUid: staff.coordinator }));
  const yesterday = new Date(Date.now() - DAY_MS);
  // PUPIL: met this term without the mediator who was needed (the referents' task), and an A1
  // in L2 with no session for months (the task of the assigned educator; a uid without a
  // profile is no owner).
  await adminDb.doc(paths.pupil(SCHOOL, PUPIL)).set(
    makePupil({
      schoolId: SCHOOL,
      classId: CLASS,
      assignedUids: [staff.educator, 'no-such-user'],
    }),
  );
  await adminDb.doc(`${paths.records(SCHOOL, PUPIL, 'familyMeetings')}/m1`).set({
    ...validRecords.familyMeetings,
    date: yesterday,
    mediatorNeeded: true,
    mediatorPresent: false,
    ...meta(PUPIL),
  });
  await adminDb.doc(`${paths.records(SCHOOL, PUPIL, 'l2Assessments')}/l1`).set({
    ...validRecords.l2Assessments,
    date: new Date(Date.now() - 90 * DAY_MS),
    levels: { ascolto: 'A1', lettura: 'A1', parlato: 'A1', interazione: 'A1', scrittura: 'A1' },
    ...meta(PUPIL),
  });
  // OTHER: NAI without a PDP (the class coordinator's task), family met with the mediator.
  await adminDb.doc(paths.pupil(SCHOOL, OTHER)).set(
    makePupil({
      schoolId: SCHOOL,
      classId: CLASS,
      lastName: 'Rossi',
      pdp: false,
      pdpDate: null,
    }),
  );
  await adminDb.doc(`${paths.records(SCHOOL, OTHER, 'familyMeetings')}/m1`).set({
    ...validRecords.familyMeetings,
    date: yesterday,
    ...meta(OTHER),
  });
  for (const pupilId of [PUPIL, OTHER]) {
    await waitFor(
      () => storedRisk(pupilId),
      (risk) => risk?.level === 'green' && risk.followUps.length > 0,
      60_000,
    );
  }
}, 120_000);

afterAll(async () => {
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
  for (const uid of Object.values(staff)) {
    await adminDb.recursiveDelete(adminDb.doc(paths.user(uid)));
    await adminAuth.deleteUser(uid).catch(() => undefined);
  }
});

describe('risk flags recomputed by functions', () => {
  it('stores follow-ups with their owners resolved to people, and no notification for a first assessment', async () => {
    const risk = await storedRisk(PUPIL);
    const owners = Object.fromEntries(risk?.followUps.map((f) => [f.code, f.ownerUids]) ?? []);
    expect(owners).toEqual({
      mediatorMissing: [staff.referent],
      sessionGap: [staff.educator],
    });
    expect(risk?.followUpOwnerUids).toEqual([staff.educator, staff.referent].sort());
    expect(risk?.schoolId).toBe(SCHOOL);
    expect(risk?.classId).toBe(CLASS);
    // Nobody has decided on any flag yet.
    expect(risk?.pendingReview).toEqual(risk?.flags.map((f) => f.code));

    const other = await storedRisk(OTHER);
    expect(other?.followUps.map((f) => [f.code, f.ownerUids])).toEqual([
      ['naiPdp', [staff.coordinator]],
    ]);
    expect(other?.followUpOwnerUids).toEqual([staff.coordinator]);
    expect((await notificationsOf(staff.coordinator).get()).size).toBe(0);
  });

  it('a term record with marks below 5 turns the pupil red, with the Italian sentence', async () => {
    await writeFailingTermRecord(PUPIL);
    expect(
      await waitFor(
        () => levelOf(PUPIL),
        (l) => l === 'red',
      ),
    ).toBe('red');
    const risk = await storedRisk(PUPIL);
    const mean = risk?.flags.find((f) => f.code === 'meanMark');
    expect(mean?.level).toBe('red');
    expect(mean?.role).toBe('academic');
    expect(mean?.sentence.it).toMatch(/^Media dei voti 4,3\d, sotto la soglia di 5/);
    expect(risk?.levelReason.it).toMatch(/^Rosso per: /);
    expect(risk?.pendingReview).toContain('meanMark');
  });

  it('two pupils rising the same day make one notification per person, listing both', async () => {
    await writeFailingTermRecord(OTHER);
    const id = riskNotificationId(new Date().toISOString().slice(0, 10));
    for (const uid of [staff.coordinator, staff.referent]) {
      const snap = await waitFor(
        () => notificationsOf(uid).doc(id).get(),
        (s) => (s.get('pupils') as unknown[] | undefined)?.length === 2,
        60_000,
      );
      const notification = riskNotificationSchema.parse(toDomain(snap.data()));
      expect(notification.total).toBe(2);
      expect(notification.read).toBe(false);
      expect(notification.pupils.map((p) => [p.pupilId, p.previousLevel, p.level]).sort()).toEqual([
        [PUPIL, 'green', 'red'],
        [OTHER, 'green', 'red'],
      ]);
      expect((await notificationsOf(uid).get()).size).toBe(1);
    }
    // An educator is told through follow-ups, not through rises.
    expect((await notificationsOf(staff.educator).get()).size).toBe(0);
  });

  it('the same event delivered twice leaves the same state', async () => {
    const before = await riskRef().get();
    const historyBefore = (await adminDb.collection(paths.riskHistory(SCHOOL, PUPIL)).get()).size;
    expect(await recomputePupilRisk(SCHOOL, PUPIL)).toMatchObject({ status: 'unchanged' });
    expect(await recomputePupilRisk(SCHOOL, PUPIL)).toMatchObject({ status: 'unchanged' });
    const after = await riskRef().get();
    expect(after.updateTime?.isEqual(before.updateTime!)).toBe(true);
    expect(after.data()).toEqual(before.data());
    expect((await adminDb.collection(paths.riskHistory(SCHOOL, PUPIL)).get()).size).toBe(
      historyBefore,
    );
  });

  it('a person whose account was created after the rise gets no notification for it', async () => {
    await createStaff({ ...account(staff.lateReferent), role: 'referent' });
    const created = Date.parse((await adminAuth.getUser(staff.lateReferent)).metadata.creationTime);
    const asOf = new Date(created - 1000);
    const coordinatorCreated = Date.parse(
      (await adminAuth.getUser(staff.coordinator)).metadata.creationTime,
    );
    expect(coordinatorCreated).toBeLessThanOrEqual(asOf.getTime());
    // The stored level goes back to green, so the recompute at `asOf` is a rise again (risk
    // documents fire no recompute trigger).
    await riskRef(OTHER).update({ level: 'green' });
    expect(await recomputePupilRisk(SCHOOL, OTHER, asOf)).toMatchObject({
      status: 'updated',
      level: 'red',
    });
    expect((await notificationsOf(staff.lateReferent).get()).size).toBe(0);
    // The coordinator's notification of the day already lists the pupil: not counted twice.
    const id = riskNotificationId(asOf.toISOString().slice(0, 10));
    const notification = await notificationsOf(staff.coordinator).doc(id).get();
    expect(notification.get('total')).toBe(2);
    expect(notification.get('pupils')).toHaveLength(2);
  });

  it('a document of the previous engine is rewritten in the current shape', async () => {
    const current = (await riskRef(OTHER).get()).data() ?? {};
    const { followUps: _f, pendingReview: _p, followUpOwnerUids: _o, ...engine1 } = current;
    await riskRef(OTHER).set({
      ...engine1,
      flags: [
        { code: 'familyContact', level: 'amber', evidence: {}, sentence: { it: '', en: '' } },
      ],
      engineVersion: '1.4.0',
    });
    expect(await recomputePupilRisk(SCHOOL, OTHER)).toMatchObject({ status: 'updated' });
    expect((await storedRisk(OTHER))?.engineVersion).toBe('2.0.0');
  });

  it('the coordinator dismisses a flag: the review is audited and leaves the queue', async () => {
    const client = await signedInClient(account(staff.coordinator).email);
    try {
      const result = await client.call<{ reviewedLevel: string }>('reviewFlag', {
        schoolId: SCHOOL,
        pupilId: PUPIL,
        code: 'meanMark',
        decision: 'dismissed',
        reason: 'Voti di un periodo di malattia, già recuperati',
      });
      const risk = await storedRisk(PUPIL);
      expect(risk?.pendingReview).not.toContain('meanMark');
      expect(risk?.reviews.meanMark?.byUid).toBe(staff.coordinator);
      expect(risk?.reviewedLevel).toBe(result.reviewedLevel);

      const audit = await adminDb
        .collection(paths.auditLog())
        .where('pupilId', '==', PUPIL)
        .where('action', '==', 'flagReviewed')
        .get();
      const entries = audit.docs.filter((d) => d.get('schoolId') === SCHOOL);
      expect(entries).toHaveLength(1);
      expect(entries[0]?.get('actorUid')).toBe(staff.coordinator);
      expect(entries[0]?.get('targetPath')).toBe(riskRef().path);
      // The audit log holds ids, never the reason.
      expect(JSON.stringify(entries[0]?.data())).not.toContain('malattia');

      const history = await adminDb
        .collection(paths.riskHistory(SCHOOL, PUPIL))
        .where('cause', '==', 'review')
        .get();
      const entry = riskHistoryEntrySchema.parse(toDomain(history.docs[0]?.data()));
      expect(entry).toMatchObject({ cause: 'review', code: 'meanMark', byUid: staff.coordinator });
    } finally {
      await client.close();
    }
  });

  it('deleting the record turns the flag off', async () => {
    await termRecordRef().delete();
    const codes = await waitFor(flagCodes, (c) => !c.includes('meanMark'));
    expect(codes).not.toContain('meanMark');
    expect(await levelOf()).toBe('green');
  });

  it('writes a history entry each time the level or the flags change', async () => {
    const entries = await adminDb
      .collection(paths.riskHistory(SCHOOL, PUPIL))
      .where('cause', '==', 'recompute')
      .get();
    const levels = entries.docs
      .map((d) => riskHistoryEntrySchema.parse(toDomain(d.data())))
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e) => e.level);
    expect(levels).toEqual(['green', 'red', 'green']);
  });
});

describe('need/current: what educators read of the flags', () => {
  // Educators and L2 teachers read `need/current`, never `risk/current` (firestore.rules): it
  // must carry the level, the flag codes and the assigned staff's follow-ups, and nothing of
  // the marks, absences or conduct behind them.
  it('is written with the reviewed level and flag codes, without marks, absences or conduct', async () => {
    await termRecordRef().set({
      ...validRecords.termRecords,
      schoolYear: '2026/27',
      term: 1,
      lessonHours: 400,
      absenceHours: 37,
      marks: {
        italiano: numeric(3.5, '3½'),
        matematica: numeric(4),
        inglese: numeric(4.25, '4+'),
        storia: numeric(3),
      },
      conduct: numeric(5),
      ...meta(PUPIL),
    });
    const needRef = adminDb.doc(paths.needCurrent(SCHOOL, PUPIL));
    const raw = await waitFor(
      async () => (await needRef.get()).data() ?? null,
      (data) => data?.level === 'red',
      60_000,
    );
    const need = pupilNeedSchema.parse(toDomain(raw));
    const risk = await storedRisk(PUPIL);
    expect(need.level).toBe(risk?.reviewedLevel);
    expect(need.flagCodes).toEqual(expect.arrayContaining(['meanMark', 'conduct']));
    expect(need.followUps.map((f) => [f.code, f.ownerUids])).toEqual([
      ['sessionGap', [staff.educator]],
    ]);
    expect(need.followUpOwnerUids).toEqual([staff.educator]);
    expect(need).toMatchObject({ schoolId: SCHOOL, classId: CLASS });
    // No evidence anywhere: not the words, not the values (3.5, 37 hours, conduct 5...).
    const json = JSON.stringify(raw);
    for (const key of ['evidence', 'absenceHours', 'lessonHours', 'failingCount', 'subjects']) {
      expect(json).not.toContain(key);
    }
    for (const key of ['"marks"', '"raw"', '"mean"', '"summary"', '"reviews"']) {
      expect(json).not.toContain(key);
    }
    const sentences = JSON.stringify(need.followUps.map((f) => f.sentence));
    for (const value of ['3,5', '3.5', '4,25', '4.25']) expect(sentences).not.toContain(value);
    expect(Object.keys(raw ?? {}).sort()).toEqual(
      [
        'classId',
        'computedAt',
        'flagCodes',
        'followUpOwnerUids',
        'followUps',
        'l2Latest',
        'level',
        'schoolId',
        'score',
      ].sort(),
    );
  });
});
