import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { collection, doc, getDoc, getDocs, query, setDoc, where } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { paths } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// Who reads what, for the first thin path: sign in, see my pupils, open one.

const SCHOOL = 'school-a';
const OTHER_SCHOOL = 'school-b';

const teacherA: Actor = { uid: 'teacher-a', role: 'teacher', schoolId: SCHOOL };
const teacherOtherClass: Actor = { uid: 'teacher-c', role: 'teacher', schoolId: SCHOOL };
const teacherB: Actor = { uid: 'teacher-b', role: 'teacher', schoolId: OTHER_SCHOOL };
const head: Actor = { uid: 'head-a', role: 'head', schoolId: SCHOOL };
const educator: Actor = { uid: 'educator-a', role: 'educator', schoolId: SCHOOL };
const mediator: Actor = { uid: 'mediator-a', role: 'mediator', schoolId: SCHOOL };
const district: Actor = { uid: 'district-1', role: 'district', districtId: 'ambito-test' };
const otherDistrict: Actor = { uid: 'district-2', role: 'district', districtId: 'ambito-other' };
const admin: Actor = { uid: 'admin', role: 'admin' };

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
  await env.clearFirestore();
  await seedProfiles(env, [
    teacherA,
    teacherOtherClass,
    teacherB,
    head,
    educator,
    mediator,
    district,
    otherDistrict,
    admin,
  ]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(SCHOOL)), makeSchool());
    await setDoc(doc(db, paths.school(OTHER_SCHOOL)), makeSchool({ code: 'MIIS01200T' }));
    await setDoc(
      doc(db, paths.schoolClass(SCHOOL, 'class-2b')),
      makeClass({ teacherUids: [teacherA.uid] }),
    );
    await setDoc(
      doc(db, paths.schoolClass(SCHOOL, 'class-3c')),
      makeClass({ name: '3C', year: 3, section: 'C', teacherUids: [teacherOtherClass.uid] }),
    );
    await setDoc(
      doc(db, paths.pupil(SCHOOL, 'pupil-2b')),
      makePupil({ classId: 'class-2b', assignedUids: [educator.uid] }),
    );
    await setDoc(
      doc(db, paths.pupil(SCHOOL, 'pupil-3c')),
      makePupil({ classId: 'class-3c', firstName: 'Luca', lastName: 'Popescu' }),
    );
    await setDoc(doc(db, `${paths.records(SCHOOL, 'pupil-2b', 'termRecords')}/t1`), {
      schoolYear: '2026/27',
      term: 1,
    });
    await setDoc(doc(db, paths.riskCurrent(SCHOOL, 'pupil-2b')), { level: 'amber' });
    await setDoc(
      doc(db, paths.schoolClass(OTHER_SCHOOL, 'class-1a')),
      makeClass({ name: '1A', year: 1, section: 'A', teacherUids: [teacherB.uid] }),
    );
    await setDoc(
      doc(db, paths.pupil(OTHER_SCHOOL, 'pupil-b')),
      makePupil({ classId: 'class-1a', schoolId: OTHER_SCHOOL }),
    );
    await setDoc(doc(db, `${paths.districtStats('ambito-test')}/summary`), { pupils: 2 });
  });
});

afterAll(async () => {
  await env.cleanup();
});

const pupilsOfClass = (actor: Actor | null, school: string, classId: string) =>
  getDocs(
    query(
      collection(contextFor(env, actor).firestore(), paths.pupils(school)),
      where('classId', '==', classId),
    ),
  );
const getPath = (actor: Actor | null, path: string) =>
  getDoc(doc(contextFor(env, actor).firestore(), path));

describe('signed out', () => {
  it('reads no school, class, pupil or stats', async () => {
    await assertFails(getPath(null, paths.school(SCHOOL)));
    await assertFails(getPath(null, paths.schoolClass(SCHOOL, 'class-2b')));
    await assertFails(getPath(null, paths.pupil(SCHOOL, 'pupil-2b')));
    await assertFails(pupilsOfClass(null, SCHOOL, 'class-2b'));
    await assertFails(getPath(null, `${paths.districtStats('ambito-test')}/summary`));
  });
});

describe('teacher', () => {
  it('reads and lists the pupils of their own class', async () => {
    await assertSucceeds(getPath(teacherA, paths.pupil(SCHOOL, 'pupil-2b')));
    await assertSucceeds(pupilsOfClass(teacherA, SCHOOL, 'class-2b'));
  });

  it('cannot read a pupil of another class by guessing its id, nor list that class', async () => {
    await assertFails(getPath(teacherA, paths.pupil(SCHOOL, 'pupil-3c')));
    await assertFails(pupilsOfClass(teacherA, SCHOOL, 'class-3c'));
  });

  it('cannot list all pupils of the school without a class filter', async () => {
    await assertFails(
      getDocs(collection(contextFor(env, teacherA).firestore(), paths.pupils(SCHOOL))),
    );
  });

  it('of another school reads nothing of this school', async () => {
    await assertFails(getPath(teacherB, paths.school(SCHOOL)));
    await assertFails(getPath(teacherB, paths.schoolClass(SCHOOL, 'class-2b')));
    await assertFails(getPath(teacherB, paths.pupil(SCHOOL, 'pupil-2b')));
    await assertFails(pupilsOfClass(teacherB, SCHOOL, 'class-2b'));
    await assertFails(getPath(teacherB, `${paths.records(SCHOOL, 'pupil-2b', 'termRecords')}/t1`));
  });

  it('cannot write a pupil or a risk flag', async () => {
    const db = contextFor(env, teacherA).firestore();
    await assertFails(setDoc(doc(db, paths.pupil(SCHOOL, 'new-pupil')), makePupil()));
    await assertFails(setDoc(doc(db, paths.riskCurrent(SCHOOL, 'pupil-2b')), { level: 'green' }));
  });
});

describe('head', () => {
  it('reads every pupil of the school and lists them all', async () => {
    await assertSucceeds(getPath(head, paths.pupil(SCHOOL, 'pupil-3c')));
    await assertSucceeds(
      getDocs(collection(contextFor(env, head).firestore(), paths.pupils(SCHOOL))),
    );
  });

  it('reads nothing of another school', async () => {
    await assertFails(getPath(head, paths.pupil(OTHER_SCHOOL, 'pupil-b')));
  });
});

describe('assigned staff', () => {
  it('an educator reads an assigned pupil but not their marks', async () => {
    await assertSucceeds(getPath(educator, paths.pupil(SCHOOL, 'pupil-2b')));
    await assertFails(getPath(educator, paths.pupil(SCHOOL, 'pupil-3c')));
    await assertFails(getPath(educator, `${paths.records(SCHOOL, 'pupil-2b', 'termRecords')}/t1`));
  });

  it('a mediator without the assignment reads nothing', async () => {
    await assertFails(getPath(mediator, paths.pupil(SCHOOL, 'pupil-2b')));
  });
});

describe('district and admin', () => {
  it('a district user reads their own Ambito stats only, and never a pupil', async () => {
    await assertSucceeds(getPath(district, `${paths.districtStats('ambito-test')}/summary`));
    await assertFails(getPath(otherDistrict, `${paths.districtStats('ambito-test')}/summary`));
    await assertFails(getPath(district, paths.pupil(SCHOOL, 'pupil-2b')));
  });

  it('admin reads school metadata but no pupil', async () => {
    await assertSucceeds(getPath(admin, paths.school(SCHOOL)));
    await assertFails(getPath(admin, paths.pupil(SCHOOL, 'pupil-2b')));
  });
});
