import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { paths, termRecordId, type RecordKind } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// What the record forms of the web app validate, sent straight to Firestore by signed-in
// clients of the roles that use those forms: the rules must refuse the same bad values, refuse
// the kinds a role's page does not offer, and accept the update and delete the page performs.

const SCHOOL = 'school-forms';
const PUPIL = 'pupil-forms';
const teacher: Actor = { uid: 'teacher-f', role: 'teacher', schoolId: SCHOOL };
const otherTeacher: Actor = { uid: 'teacher-g', role: 'teacher', schoolId: SCHOOL };
const coordinator: Actor = { uid: 'coordinator-f', role: 'coordinator', schoolId: SCHOOL };
const educator: Actor = { uid: 'educator-f', role: 'educator', schoolId: SCHOOL };
const mediator: Actor = { uid: 'mediator-f', role: 'mediator', schoolId: SCHOOL };
const l2teacher: Actor = { uid: 'l2teacher-f', role: 'l2teacher', schoolId: SCHOOL };

let env: RulesTestEnvironment;
let counter = 0;

beforeAll(async () => {
  env = await createRulesEnv();
  // Fixed record ids below: start from an empty database so a rerun creates, not updates.
  await env.clearFirestore();
  await seedProfiles(env, [teacher, otherTeacher, coordinator, educator, mediator, l2teacher]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(SCHOOL)), makeSchool());
    await setDoc(
      doc(db, paths.schoolClass(SCHOOL, 'class-2b')),
      makeClass({ teacherUids: [teacher.uid, otherTeacher.uid], coordinatorUid: coordinator.uid }),
    );
    await setDoc(
      doc(db, paths.pupil(SCHOOL, PUPIL)),
      makePupil({
        schoolId: SCHOOL,
        classId: 'class-2b',
        assignedUids: [educator.uid, mediator.uid, l2teacher.uid],
      }),
    );
  });
});

afterAll(async () => {
  await env.cleanup();
});

function dbOf(actor: Actor) {
  return contextFor(env, actor).firestore();
}

/**
 * Creates a record the way the web app does: server timestamps, a term record at its period's
 * id, any other at an id of its own.
 */
function create(actor: Actor, kind: RecordKind, data: Record<string, unknown>) {
  counter += 1;
  const { schoolYear, term } = data;
  const id =
    kind === 'termRecords' && typeof schoolYear === 'string' && typeof term === 'number'
      ? termRecordId(schoolYear, term)
      : `f${counter}`;
  return setDoc(doc(dbOf(actor), paths.records(SCHOOL, PUPIL, kind), id), {
    ...data,
    schoolId: SCHOOL,
    pupilId: PUPIL,
    createdBy: actor.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: actor.uid,
  });
}

const term = validRecords.termRecords;

/** A family meeting created with the given `updatedBy` (or none, when `extra` lacks it). */
function kindCreate(actor: Actor, extra: Record<string, unknown>) {
  counter += 1;
  return setDoc(doc(dbOf(actor), paths.records(SCHOOL, PUPIL, 'familyMeetings'), `u${counter}`), {
    ...validRecords.familyMeetings,
    schoolId: SCHOOL,
    pupilId: PUPIL,
    createdBy: actor.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...extra,
  });
}
const tutoring = validRecords.tutoringSessions;

describe('bad values the forms refuse are refused by the rules too', () => {
  it.each<[string, Actor, RecordKind, Record<string, unknown>]>([
    [
      'term: mark 11',
      teacher,
      'termRecords',
      {
        ...term,
        marks: { italiano: { kind: 'numeric', value: 11, raw: '11' } },
      },
    ],
    [
      'term: mark typed as a word (NaN)',
      teacher,
      'termRecords',
      {
        ...term,
        marks: { italiano: { kind: 'numeric', value: Number.NaN, raw: 'sei' } },
      },
    ],
    [
      'term: raw mark longer than 10',
      teacher,
      'termRecords',
      {
        ...term,
        marks: { italiano: { kind: 'numeric', value: 6, raw: 'sei e mezzo+' } },
      },
    ],
    [
      'term: conduct 11',
      teacher,
      'termRecords',
      {
        ...term,
        conduct: { kind: 'numeric', value: 11, raw: '11' },
      },
    ],
    [
      'term: absences over lesson hours',
      teacher,
      'termRecords',
      {
        ...term,
        lessonHours: 100,
        absenceHours: 100.5,
      },
    ],
    ['term: negative lesson hours', teacher, 'termRecords', { ...term, lessonHours: -1 }],
    ['term: annual hours 0', teacher, 'termRecords', { ...term, annualHours: 0 }],
    ['tutoring: minutes 0', educator, 'tutoringSessions', { ...tutoring, minutes: 0 }],
    ['tutoring: minutes 30.5', educator, 'tutoringSessions', { ...tutoring, minutes: 30.5 }],
    [
      'tutoring: absent without reason',
      educator,
      'tutoringSessions',
      {
        ...tutoring,
        attended: false,
        absenceReason: '   ',
      },
    ],
    [
      'family: no participants',
      mediator,
      'familyMeetings',
      {
        ...validRecords.familyMeetings,
        participants: [],
      },
    ],
    [
      'family: date in 3 days',
      mediator,
      'familyMeetings',
      {
        ...validRecords.familyMeetings,
        date: new Date(Date.now() + 3 * 24 * 3600 * 1000),
      },
    ],
    [
      'family: follow-up due as text',
      mediator,
      'familyMeetings',
      {
        ...validRecords.familyMeetings,
        followUpDue: '15/01/2027',
      },
    ],
    [
      'l2: empty assessor',
      l2teacher,
      'l2Assessments',
      {
        ...validRecords.l2Assessments,
        assessorName: ' ',
      },
    ],
    [
      'intervention: tier 0',
      coordinator,
      'interventions',
      {
        ...validRecords.interventions,
        tier: 0,
      },
    ],
    [
      'intervention: check every 13 weeks',
      coordinator,
      'interventions',
      {
        ...validRecords.interventions,
        checkEveryWeeks: 13,
      },
    ],
  ])('%s', async (_label, actor, kind, data) => {
    await assertFails(create(actor, kind, data));
  });
});

describe('kinds a role is not offered are refused', () => {
  it.each<[string, Actor, RecordKind]>([
    ['educator: term record', educator, 'termRecords'],
    ['educator: L2 assessment', educator, 'l2Assessments'],
    ['mediator: tutoring session', mediator, 'tutoringSessions'],
    ['mediator: term record', mediator, 'termRecords'],
    ['l2teacher (assigned only): term record', l2teacher, 'termRecords'],
    ['teacher: intervention', teacher, 'interventions'],
  ])('%s', async (_label, actor, kind) => {
    await assertFails(create(actor, kind, { ...validRecords[kind] }));
  });

  it.each<[string, Actor, RecordKind]>([
    ['teacher: term record', teacher, 'termRecords'],
    ['educator: tutoring session', educator, 'tutoringSessions'],
    ['educator: peer session', educator, 'peerSessions'],
    ['mediator: family meeting', mediator, 'familyMeetings'],
    ['l2teacher: L2 assessment', l2teacher, 'l2Assessments'],
    ['coordinator: intervention', coordinator, 'interventions'],
  ])('%s: accepted', async (_label, actor, kind) => {
    // An educator logs tutoring as themselves (need-to-know.test.ts).
    const own = kind === 'tutoringSessions' ? { educatorUid: actor.uid } : {};
    await assertSucceeds(create(actor, kind, { ...validRecords[kind], ...own }));
  });
});

describe('edit and delete as the pupil page does them', () => {
  it('the author updates the fields, updatedAt and updatedBy, leaving the metadata alone', async () => {
    // A period of its own: the record of 2026/27 term 1 exists already (created above).
    const edited = { ...term, schoolYear: '2027/28' };
    await assertSucceeds(create(teacher, 'termRecords', edited));
    const ref = doc(dbOf(teacher), paths.records(SCHOOL, PUPIL, 'termRecords'), '2027-28-t1');
    await assertSucceeds(
      updateDoc(ref, {
        ...edited,
        absenceHours: 35,
        updatedAt: serverTimestamp(),
        updatedBy: teacher.uid,
      }),
    );
    await assertFails(
      updateDoc(ref, {
        ...edited,
        lessonHours: 10,
        absenceHours: 35,
        updatedAt: serverTimestamp(),
        updatedBy: teacher.uid,
      }),
    );
  });

  it('an update is signed by its editor: updatedBy is required and is the caller', async () => {
    const edited = { ...term, schoolYear: '2031/32' };
    await assertSucceeds(create(teacher, 'termRecords', edited));
    const path = paths.records(SCHOOL, PUPIL, 'termRecords');
    const by = (actor: Actor) => doc(dbOf(actor), path, '2031-32-t1');
    // Unsigned, or signed as the author by someone else: refused.
    await assertFails(
      updateDoc(by(coordinator), { absenceHours: 3, updatedAt: serverTimestamp() }),
    );
    await assertFails(
      updateDoc(by(coordinator), {
        absenceHours: 3,
        updatedAt: serverTimestamp(),
        updatedBy: teacher.uid,
      }),
    );
    await assertSucceeds(
      updateDoc(by(coordinator), {
        absenceHours: 3,
        updatedAt: serverTimestamp(),
        updatedBy: coordinator.uid,
      }),
    );
    // Only an id: not a number, not someone else's uid, not a long string.
    await assertFails(
      updateDoc(by(teacher), { absenceHours: 4, updatedAt: serverTimestamp(), updatedBy: 7 }),
    );
  });

  it('on creation updatedBy may be left out, and otherwise is the author', async () => {
    const own = kindCreate(mediator, { updatedBy: mediator.uid });
    await assertSucceeds(own);
    await assertSucceeds(kindCreate(mediator, {}));
    await assertFails(kindCreate(mediator, { updatedBy: coordinator.uid }));
    await assertFails(kindCreate(mediator, { updatedBy: null }));
  });

  it('another teacher of the class may neither edit nor delete it; the coordinator may', async () => {
    const edited = { ...term, schoolYear: '2028/29' };
    await assertSucceeds(create(teacher, 'termRecords', edited));
    const path = paths.records(SCHOOL, PUPIL, 'termRecords');
    await assertFails(
      updateDoc(doc(dbOf(otherTeacher), path, '2028-29-t1'), {
        ...edited,
        updatedAt: serverTimestamp(),
        updatedBy: otherTeacher.uid,
      }),
    );
    await assertFails(deleteDoc(doc(dbOf(otherTeacher), path, '2028-29-t1')));
    await assertSucceeds(deleteDoc(doc(dbOf(coordinator), path, '2028-29-t1')));
  });
});
