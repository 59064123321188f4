import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ALL_SUBJECTS, MAX_MARKS, paths, termRecordId, type Mark, type TermRecord } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// One term record per pupil, school year and term: a record is created at the id of its period
// ("2026-27-t1") and keeps its period, so a second record for a term is refused whatever its id.

const SCHOOL = 'school-terms';
const PUPIL = 'pupil-terms';
const teacher: Actor = { uid: 'teacher-t', role: 'teacher', schoolId: SCHOOL };
const coordinator: Actor = { uid: 'coordinator-t', role: 'coordinator', schoolId: SCHOOL };
const otherTeacher: Actor = { uid: 'teacher-u', role: 'teacher', schoolId: SCHOOL };
const referent: Actor = { uid: 'referent-t', role: 'referent', schoolId: SCHOOL };
const termRecords = paths.records(SCHOOL, PUPIL, 'termRecords');

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
  // Fixed ids below: start from an empty database so a rerun creates, not updates.
  await env.clearFirestore();
  await seedProfiles(env, [teacher, otherTeacher, coordinator, referent]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(SCHOOL)), makeSchool());
    await setDoc(
      doc(db, paths.schoolClass(SCHOOL, 'class-2b')),
      makeClass({
        teacherUids: [teacher.uid, otherTeacher.uid],
        coordinatorUid: coordinator.uid,
      }),
    );
    await setDoc(
      doc(db, paths.pupil(SCHOOL, PUPIL)),
      makePupil({ schoolId: SCHOOL, classId: 'class-2b' }),
    );
    // A record saved before ids were per term: its id is its own.
    await setDoc(doc(db, termRecords, 'older-id'), {
      ...validRecords.termRecords,
      schoolYear: '2024/25',
      term: 2,
      schoolId: SCHOOL,
      pupilId: PUPIL,
      createdBy: teacher.uid,
      createdAt: new Date('2025-02-01T00:00:00Z'),
      updatedAt: new Date('2025-02-01T00:00:00Z'),
    });
  });
});

afterAll(async () => {
  await env.cleanup();
});

const dbOf = (actor: Actor) => contextFor(env, actor).firestore();

/** A term record as the form and the import write it: server timestamps, the caller as author. */
function createAt(actor: Actor, id: string, record: TermRecord) {
  return setDoc(doc(dbOf(actor), termRecords, id), {
    ...record,
    schoolId: SCHOOL,
    pupilId: PUPIL,
    createdBy: actor.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: actor.uid,
  });
}

function update(actor: Actor, id: string, change: Partial<TermRecord>) {
  return updateDoc(doc(dbOf(actor), termRecords, id), {
    ...change,
    updatedAt: serverTimestamp(),
    updatedBy: actor.uid,
  });
}

const firstTerm: TermRecord = { ...validRecords.termRecords, schoolYear: '2026/27', term: 1 };

describe('creating a term record', () => {
  it('is allowed at the id of its school year and term', async () => {
    await assertSucceeds(createAt(teacher, '2026-27-t1', firstTerm));
  });

  it('is refused under another id when the term already has a record', async () => {
    await assertFails(createAt(teacher, 'second-record', firstTerm));
    await assertFails(createAt(referent, 'second-record', firstTerm));
  });

  it('is refused again at the term id: that is an update, which may not reset the metadata', async () => {
    await assertFails(createAt(teacher, '2026-27-t1', { ...firstTerm, absenceHours: 40 }));
  });

  it('is refused at an id that is not its period’s, even for a term with no record', async () => {
    const secondTerm = { ...firstTerm, term: 2 };
    await assertFails(createAt(teacher, 'random-id', secondTerm));
    await assertFails(createAt(teacher, '2026-27-t1-bis', secondTerm));
    await assertFails(createAt(teacher, '2026-27-2', secondTerm));
    await assertFails(createAt(teacher, '2026-27-t3', secondTerm));
    await assertSucceeds(createAt(teacher, termRecordId('2026/27', 2), secondTerm));
  });
});

describe('updating a term record', () => {
  it('may change its values but not its term or school year', async () => {
    await assertSucceeds(update(teacher, '2026-27-t1', { absenceHours: 35 }));
    await assertFails(update(teacher, '2026-27-t1', { term: 3 }));
    await assertFails(update(coordinator, '2026-27-t1', { schoolYear: '2025/26' }));
  });

  it('keeps a record saved under an older id editable, within its period', async () => {
    await assertSucceeds(update(teacher, 'older-id', { absenceHours: 12 }));
    await assertFails(update(teacher, 'older-id', { term: 1 }));
  });
});

// Firestore evaluates at most 1,000 expressions per request, and every mark costs some: a full
// record must fit for each role that saves it. (Before, a record with five marks was refused.)
describe('a record with every mark it may carry', () => {
  const marksOf = (count: number, mark: (i: number) => Mark) =>
    Object.fromEntries(ALL_SUBJECTS.slice(0, count).map((s, i) => [s, mark(i)]));
  const numeric = (i: number): Mark => ({ kind: 'numeric', value: 4 + (i % 6), raw: '6-' });
  const full: TermRecord = {
    ...validRecords.termRecords,
    schoolYear: '2030/31',
    marks: marksOf(MAX_MARKS, numeric),
    conduct: { kind: 'numeric', value: 8, raw: '8' },
  };

  it('is saved by the teacher and updated by the coordinator and the referent', async () => {
    await assertSucceeds(createAt(teacher, '2030-31-t1', full));
    await assertSucceeds(update(teacher, '2030-31-t1', { marks: full.marks, absenceHours: 20 }));
    await assertSucceeds(update(coordinator, '2030-31-t1', { marks: full.marks }));
    await assertSucceeds(update(referent, '2030-31-t1', { marks: full.marks }));
  });

  it('is refused with one mark more, or a mark out of range in the last place', async () => {
    const tooMany = { ...full, term: 2, marks: marksOf(MAX_MARKS + 1, numeric) };
    await assertFails(createAt(teacher, '2030-31-t2', tooMany));
    const lastWrong = marksOf(MAX_MARKS, (i) =>
      i === MAX_MARKS - 1 ? { kind: 'numeric', value: 10.5, raw: '10+' } : numeric(i),
    );
    await assertFails(createAt(teacher, '2030-31-t2', { ...full, term: 2, marks: lastWrong }));
  });

  it('takes giudizi, and a mix of giudizi and numeric marks', async () => {
    const giudizi = marksOf(MAX_MARKS, () => ({ kind: 'judgement', value: 'Non sufficiente' }));
    const mixed = marksOf(MAX_MARKS, (i) =>
      i % 2 === 0 ? numeric(i) : { kind: 'judgement', value: 'Buono' },
    );
    await assertSucceeds(
      createAt(otherTeacher, '2031-32-t1', {
        ...full,
        schoolYear: '2031/32',
        marks: giudizi,
        conduct: { kind: 'judgement', value: 'Distinto' },
      }),
    );
    await assertSucceeds(
      createAt(otherTeacher, '2031-32-t2', {
        ...full,
        schoolYear: '2031/32',
        term: 2,
        marks: mixed,
      }),
    );
    await assertSucceeds(update(coordinator, '2031-32-t2', { marks: mixed, absenceHours: 3 }));
    // A giudizio the schema does not know, in the last place of a full record.
    const unknown = { kind: 'judgement', value: 'Eccellente' } as unknown as Mark;
    const lastUnknown = marksOf(MAX_MARKS, (i) =>
      i === MAX_MARKS - 1 ? unknown : { kind: 'judgement', value: 'Buono' },
    );
    await assertFails(
      createAt(otherTeacher, '2031-32-t3', {
        ...full,
        schoolYear: '2031/32',
        term: 3,
        marks: lastUnknown,
      }),
    );
  });
});
