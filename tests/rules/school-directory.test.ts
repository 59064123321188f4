import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { collection, doc, getDoc, getDocs, query, setDoc, where } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@domain';
import { makeSchool } from '../fixtures/entities';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// The schools of one's own Ambito as a list (the transfer dialog's picker): the head and the
// referent list them with a query filtered on their Ambito; another Ambito, an unfiltered list,
// other roles and a get of one other school stay refused.

const D = 'ambito-rules-directory';
const OTHER_D = 'ambito-rules-directory-other';
const OWN = 'school-rules-dir-own';
const NEIGHBOUR = 'school-rules-dir-neighbour';
const FAR = 'school-rules-dir-far';

const head: Actor = { uid: 'rd-head', role: 'head', schoolId: OWN };
const referent: Actor = { uid: 'rd-referent', role: 'referent', schoolId: OWN };
const teacher: Actor = { uid: 'rd-teacher', role: 'teacher', schoolId: OWN };
const coordinator: Actor = { uid: 'rd-coordinator', role: 'coordinator', schoolId: OWN };
const district: Actor = { uid: 'rd-district', role: 'district', districtId: D };
const admin: Actor = { uid: 'rd-admin', role: 'admin' };

let env: RulesTestEnvironment;
const dbOf = (actor: Actor | null) => contextFor(env, actor).firestore();
const ambito = (actor: Actor | null, districtId: string) =>
  query(collection(dbOf(actor), paths.schools()), where('districtId', '==', districtId));

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [head, referent, teacher, coordinator, district, admin]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(OWN)), makeSchool({ name: 'IC Manzoni', districtId: D }));
    await setDoc(
      doc(db, paths.school(NEIGHBOUR)),
      makeSchool({ name: 'IIS Volta', code: 'MIIS01200T', kind: 'secondaria2', districtId: D }),
    );
    await setDoc(
      doc(db, paths.school(FAR)),
      makeSchool({ name: 'IC Lontano', code: 'MIIC99900Z', districtId: OTHER_D }),
    );
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe('schools of the own Ambito', () => {
  it.each([
    ['the head', head],
    ['the referent', referent],
  ])('%s lists the schools of their Ambito', async (_name, actor) => {
    const list = await assertSucceeds(getDocs(ambito(actor, D)));
    expect(list.docs.map((d) => d.id).sort()).toEqual([NEIGHBOUR, OWN]);
  });

  it('the head cannot list another Ambito, nor every school', async () => {
    await assertFails(getDocs(ambito(head, OTHER_D)));
    await assertFails(getDocs(collection(dbOf(head), paths.schools())));
  });

  it("the head still cannot get another school's document, in their Ambito or not", async () => {
    await assertSucceeds(getDoc(doc(dbOf(head), paths.school(OWN))));
    await assertFails(getDoc(doc(dbOf(head), paths.school(NEIGHBOUR))));
    await assertFails(getDoc(doc(dbOf(head), paths.school(FAR))));
  });

  it.each([
    ['signed out', null],
    ['a teacher', teacher],
    ['a coordinator', coordinator],
    ['the Ambito coordinator', district],
  ])('%s cannot list the schools of the Ambito', async (_name, actor) => {
    await assertFails(getDocs(ambito(actor, D)));
  });

  it('the admin lists every Ambito', async () => {
    await assertSucceeds(getDocs(ambito(admin, OTHER_D)));
  });
});
