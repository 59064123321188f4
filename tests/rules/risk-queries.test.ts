import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { collectionGroup, doc, getDocs, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { paths, riskNotificationId, type RiskNotification } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// The queries the web runs over every pupil's risk/current (review queue, "my follow-ups"),
// and the owner's read mark on the grouped daily notification.

const SCHOOL = 'school-rq';
const OTHER_SCHOOL = 'school-rq-other';

const head: Actor = { uid: 'rq-head', role: 'head', schoolId: SCHOOL };
const headOther: Actor = { uid: 'rq-head-o', role: 'head', schoolId: OTHER_SCHOOL };
const referent: Actor = { uid: 'rq-ref', role: 'referent', schoolId: SCHOOL };
const coordinator: Actor = { uid: 'rq-coord', role: 'coordinator', schoolId: SCHOOL };
const educator: Actor = { uid: 'rq-edu', role: 'educator', schoolId: SCHOOL };
const l2teacher: Actor = { uid: 'rq-l2', role: 'l2teacher', schoolId: SCHOOL };
const teacher: Actor = { uid: 'rq-teacher', role: 'teacher', schoolId: SCHOOL };
const mediator: Actor = { uid: 'rq-med', role: 'mediator', schoolId: SCHOOL };
const DAY = '2026-11-30';

let env: RulesTestEnvironment;

const riskGroup = (actor: Actor, ...filters: Parameters<typeof where>[]) =>
  getDocs(
    query(
      collectionGroup(contextFor(env, actor).firestore(), 'risk'),
      ...filters.map((f) => where(...f)),
    ),
  );

function riskDoc(classId: string, followUpOwnerUids: string[]) {
  return {
    level: 'amber',
    reviewedLevel: 'amber',
    pendingReview: ['meanMark'],
    followUpOwnerUids,
    classId,
    schoolId: SCHOOL,
  };
}

const notification: RiskNotification = {
  type: 'riskRaisedDaily',
  schoolId: SCHOOL,
  day: DAY,
  pupils: [
    {
      pupilId: 'rq-p1',
      pupilName: 'Rossi Amina',
      className: '2B',
      level: 'red',
      previousLevel: 'amber',
    },
  ],
  pupilIds: ['rq-p1'],
  total: 1,
  createdAt: new Date('2026-11-30T08:00:00Z'),
  updatedAt: new Date('2026-11-30T08:00:00Z'),
  read: false,
};
const notificationPath = (uid: string) =>
  `${paths.user(uid)}/notifications/${riskNotificationId(DAY)}`;

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [
    head,
    headOther,
    referent,
    coordinator,
    educator,
    l2teacher,
    teacher,
    mediator,
  ]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(SCHOOL)), makeSchool());
    await setDoc(
      doc(db, paths.schoolClass(SCHOOL, 'class-2b')),
      makeClass({ coordinatorUid: coordinator.uid, teacherUids: [teacher.uid] }),
    );
    await setDoc(doc(db, paths.schoolClass(SCHOOL, 'class-3c')), makeClass({ name: '3C' }));
    for (const [pupilId, classId, owners] of [
      ['rq-p1', 'class-2b', [coordinator.uid]],
      ['rq-p2', 'class-3c', [educator.uid, l2teacher.uid]],
    ] as const) {
      await setDoc(doc(db, paths.pupil(SCHOOL, pupilId)), makePupil({ schoolId: SCHOOL, classId }));
      await setDoc(doc(db, paths.riskCurrent(SCHOOL, pupilId)), riskDoc(classId, [...owners]));
    }
    await setDoc(doc(db, notificationPath(referent.uid)), notification);
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe('collection-group queries on risk/current', () => {
  it('the head and the referent list their whole school, not another one', async () => {
    await assertSucceeds(riskGroup(head, ['schoolId', '==', SCHOOL]));
    await assertSucceeds(riskGroup(referent, ['schoolId', '==', SCHOOL]));
    await assertFails(riskGroup(headOther, ['schoolId', '==', SCHOOL]));
  });

  it('a coordinator lists a class they coordinate, never another class or the school', async () => {
    await assertSucceeds(
      riskGroup(coordinator, ['schoolId', '==', SCHOOL], ['classId', '==', 'class-2b']),
    );
    await assertFails(
      riskGroup(coordinator, ['schoolId', '==', SCHOOL], ['classId', '==', 'class-3c']),
    );
    await assertFails(riskGroup(coordinator, ['schoolId', '==', SCHOOL]));
  });

  it('a follow-up owner lists the pupils whose follow-ups they own, and only with their uid', async () => {
    await assertSucceeds(
      riskGroup(
        l2teacher,
        ['schoolId', '==', SCHOOL],
        ['followUpOwnerUids', 'array-contains', l2teacher.uid],
      ),
    );
    await assertFails(
      riskGroup(
        l2teacher,
        ['schoolId', '==', SCHOOL],
        ['followUpOwnerUids', 'array-contains', coordinator.uid],
      ),
    );
    await assertFails(riskGroup(l2teacher, ['schoolId', '==', SCHOOL]));
  });

  it('an educator never lists risk documents: their follow-ups are in need (need-to-know.test.ts)', async () => {
    await assertFails(
      riskGroup(
        educator,
        ['schoolId', '==', SCHOOL],
        ['followUpOwnerUids', 'array-contains', educator.uid],
      ),
    );
  });

  it('a teacher lists a class they teach (their pupil list shows levels), never another class', async () => {
    await assertSucceeds(
      riskGroup(teacher, ['schoolId', '==', SCHOOL], ['classId', '==', 'class-2b']),
    );
    await assertFails(
      riskGroup(teacher, ['schoolId', '==', SCHOOL], ['classId', '==', 'class-3c']),
    );
    await assertFails(riskGroup(teacher, ['schoolId', '==', SCHOOL]));
    await assertFails(
      riskGroup(educator, ['schoolId', '==', SCHOOL], ['classId', '==', 'class-2b']),
    );
  });

  it('a mediator never lists risk documents', async () => {
    await assertFails(
      riskGroup(
        mediator,
        ['schoolId', '==', SCHOOL],
        ['followUpOwnerUids', 'array-contains', mediator.uid],
      ),
    );
  });
});

describe('grouped daily notification', () => {
  it('the owner marks it read; nobody else, and nothing but read', async () => {
    const own = contextFor(env, referent).firestore();
    await assertSucceeds(updateDoc(doc(own, notificationPath(referent.uid)), { read: true }));
    await assertSucceeds(updateDoc(doc(own, notificationPath(referent.uid)), { read: false }));
    await assertFails(updateDoc(doc(own, notificationPath(referent.uid)), { total: 0 }));
    await assertFails(
      updateDoc(doc(own, notificationPath(referent.uid)), { read: true, pupils: [] }),
    );
    const other = contextFor(env, head).firestore();
    await assertFails(updateDoc(doc(other, notificationPath(referent.uid)), { read: true }));
  });
});
