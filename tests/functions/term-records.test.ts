import { doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths, schoolYearOf, termRecordId, type Mark, type TermRecord } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { adminDb, waitFor } from '../support/admin';
import { type Client, createStaff, signedInClient, staffAccount } from '../support/client';

// One term record per pupil, school year and term, written by a signed-in teacher through the
// real rules: editing that record recomputes the pupil's risk from the values just saved, and
// a second record for the term is refused.

const SCHOOL = `school-terms-${Date.now()}`;
const PUPIL = 'pupil-1';
const teacher = staffAccount(SCHOOL, 'teacher', 'teacher');
// The engine reads the term records of the current school year.
const SCHOOL_YEAR = schoolYearOf(new Date());
const TERM_ID = termRecordId(SCHOOL_YEAR, 1);
const termRecords = paths.records(SCHOOL, PUPIL, 'termRecords');

const riskRef = () => adminDb.doc(paths.riskCurrent(SCHOOL, PUPIL));
type StoredFlag = { code: string; evidence: Record<string, unknown> };
type RiskState = { level: string | undefined; failing: StoredFlag | undefined };

/** The stored level and the failing-subjects flag, as the trigger last wrote them. */
async function riskState(): Promise<RiskState> {
  const snapshot = await riskRef().get();
  const flags = (snapshot.get('flags') as StoredFlag[] | undefined) ?? [];
  return {
    level: snapshot.get('level') as string | undefined,
    failing: flags.find((f) => f.code === 'failingSubjects'),
  };
}

const numeric = (value: number): Mark => ({ kind: 'numeric', value, raw: String(value) });
/** A first-term record with these marks, passing (7) in every other subject listed. */
function firstTerm(marks: Record<string, number>): TermRecord {
  return {
    ...validRecords.termRecords,
    schoolYear: SCHOOL_YEAR,
    term: 1,
    lessonHours: 300,
    absenceHours: 6,
    marks: Object.fromEntries(Object.entries(marks).map(([s, v]) => [s, numeric(v)])),
    conduct: numeric(8),
  };
}

let client: Client;

beforeAll(async () => {
  await adminDb.doc(paths.school(SCHOOL)).set(makeSchool());
  await adminDb
    .doc(paths.schoolClass(SCHOOL, 'class-2b'))
    .set(makeClass({ teacherUids: [teacher.uid] }));
  await adminDb.doc(paths.pupil(SCHOOL, PUPIL)).set(makePupil({ schoolId: SCHOOL }));
  // A family meeting this term, as in risk.test.ts: the marks are the only thing that changes.
  await adminDb.doc(`${paths.records(SCHOOL, PUPIL, 'familyMeetings')}/m1`).set({
    ...validRecords.familyMeetings,
    date: new Date(),
    schoolId: SCHOOL,
    pupilId: PUPIL,
    createdBy: teacher.uid,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await createStaff(teacher);
  client = await signedInClient(teacher.email);
});

afterAll(async () => {
  await client?.close();
  await adminDb.recursiveDelete(adminDb.doc(paths.school(SCHOOL)));
});

describe('the one term record of a term', () => {
  it('is created at the term id, and the risk reads its marks', async () => {
    await setDoc(doc(client.db, termRecords, TERM_ID), {
      ...firstTerm({ italiano: 4, matematica: 4, inglese: 4, storia: 7 }),
      schoolId: SCHOOL,
      pupilId: PUPIL,
      createdBy: teacher.uid,
      createdAt: serverTimestamp(),
      updatedBy: teacher.uid,
      updatedAt: serverTimestamp(),
    });
    const state = await waitFor(
      riskState,
      (s) => s.failing?.evidence.subjects === 'inglese,italiano,matematica',
      30_000,
    );
    expect(state.failing?.evidence.failingCount).toBe(3);
    expect(state.level).toBe('red');
  });

  it('edited by the teacher, recomputes the risk from the values just saved', async () => {
    const ref = doc(client.db, termRecords, TERM_ID);
    await updateDoc(ref, {
      ...firstTerm({ italiano: 7, matematica: 7, inglese: 7, storia: 7 }),
      updatedBy: teacher.uid,
      updatedAt: serverTimestamp(),
    });
    const passing = await waitFor(riskState, (s) => s.failing === undefined, 30_000);
    expect(passing.failing).toBeUndefined();
    expect(passing.level).not.toBe('red');

    await updateDoc(ref, {
      ...firstTerm({ storia: 4, scienze: 4.5, geografia: 4 }),
      updatedBy: teacher.uid,
      updatedAt: serverTimestamp(),
    });
    const failingAgain = await waitFor(
      riskState,
      (s) => s.failing?.evidence.subjects === 'geografia,scienze,storia',
      30_000,
    );
    expect(failingAgain.failing?.evidence.failingCount).toBe(3);
    expect(failingAgain.level).toBe('red');
    expect((await adminDb.collection(termRecords).get()).docs.map((d) => d.id)).toEqual([TERM_ID]);
  });

  it('cannot be doubled: a second record for the term is refused, under any id', async () => {
    const second = {
      ...firstTerm({ italiano: 9 }),
      schoolId: SCHOOL,
      pupilId: PUPIL,
      createdBy: teacher.uid,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    };
    await expect(
      setDoc(doc(client.db, termRecords, 'second-record'), second),
    ).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(setDoc(doc(client.db, termRecords, TERM_ID), second)).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(
      updateDoc(doc(client.db, termRecords, TERM_ID), { term: 2, updatedAt: serverTimestamp() }),
    ).rejects.toMatchObject({ code: 'permission-denied' });

    const stored = await adminDb.collection(termRecords).get();
    expect(stored.docs.map((d) => d.id)).toEqual([TERM_ID]);
    expect(stored.docs[0]?.get('marks.scienze.value')).toBe(4.5);
  });
});
