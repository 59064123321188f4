import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtSchema, paths } from '@domain';
import { makeSchool } from '../fixtures/entities';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// schools/{s} writes and districts/{d}: the admin opens and edits schools through the
// createSchool / updateSchool functions only (unique code, audit), never with a client write;
// the head still changes the settings. The Ambiti are a list every signed-in person with a
// current role reads (school pickers), and only the admin keeps.

const S = 'school-rules-schools';
const D = 'ambito-rules-schools';

const admin: Actor = { uid: 'rs-admin', role: 'admin' };
const head: Actor = { uid: 'rs-head', role: 'head', schoolId: S };
const teacher: Actor = { uid: 'rs-teacher', role: 'teacher', schoolId: S };
const mediator: Actor = { uid: 'rs-mediator', role: 'mediator', schoolId: S };
const district: Actor = { uid: 'rs-district', role: 'district', districtId: D };
const staleTeacher: Actor = { uid: 'rs-teacher-stale', role: 'teacher', schoolId: S };

let env: RulesTestEnvironment;
const dbOf = (actor: Actor | null) => contextFor(env, actor).firestore();

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [admin, head, teacher, mediator, district]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(S)), makeSchool({ districtId: D }));
    await setDoc(doc(db, paths.district(D)), { name: 'Ambito di prova' });
    await setDoc(doc(db, paths.user(staleTeacher.uid)), {
      displayName: staleTeacher.uid,
      email: `${staleTeacher.uid}@example.it`,
      role: 'teacher',
      schoolId: S,
      districtId: null,
      language: 'it',
      roleVersion: 99,
    });
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe('schools/{schoolId}: writes', () => {
  it('the admin reads and lists schools but writes them only through the functions', async () => {
    await assertSucceeds(getDoc(doc(dbOf(admin), paths.school(S))));
    await assertSucceeds(getDocs(collection(dbOf(admin), paths.schools())));
    await assertFails(
      setDoc(doc(dbOf(admin), paths.school('rs-new')), makeSchool({ code: 'MIIC8ZZ00Z' })),
    );
    await assertFails(updateDoc(doc(dbOf(admin), paths.school(S)), { name: 'Altro nome' }));
    await assertFails(deleteDoc(doc(dbOf(admin), paths.school(S))));
  });

  it('the head changes the settings of their school, nothing else', async () => {
    const ref = doc(dbOf(head), paths.school(S));
    await assertSucceeds(updateDoc(ref, { settings: { ...makeSchool().settings, naiMonths: 18 } }));
    await assertFails(updateDoc(ref, { name: 'Nome cambiato dal dirigente' }));
    await assertFails(updateDoc(ref, { code: 'MIIC8ZZ00Z' }));
  });

  it.each([
    ['signed out', null],
    ['a teacher', teacher],
    ['the Ambito coordinator', district],
  ])('%s cannot create or update a school', async (_name, actor) => {
    await assertFails(setDoc(doc(dbOf(actor), paths.school('rs-other')), makeSchool()));
    await assertFails(
      updateDoc(doc(dbOf(actor), paths.school(S)), {
        settings: { ...makeSchool().settings, naiMonths: 20 },
      }),
    );
  });
});

describe('districts/{districtId}', () => {
  it.each([
    ['the admin', admin],
    ['a head', head],
    ['a teacher', teacher],
    ['a mediator', mediator],
    ['an Ambito coordinator', district],
  ])('%s reads the list of Ambiti', async (_name, actor) => {
    await assertSucceeds(getDoc(doc(dbOf(actor), paths.district(D))));
    const list = await assertSucceeds(getDocs(collection(dbOf(actor), paths.districts())));
    expect(list.docs.map((d) => districtSchema.parse(d.data()).name)).toContain('Ambito di prova');
  });

  it('signed out, one Ambito is read by its id (the public services page names it), never listed', async () => {
    await assertSucceeds(getDoc(doc(dbOf(null), paths.district(D))));
    await assertFails(getDocs(collection(dbOf(null), paths.districts())));
    await assertFails(getDocs(collection(dbOf(staleTeacher), paths.districts())));
  });

  it('the admin adds and renames an Ambito with a valid document only', async () => {
    const ref = doc(dbOf(admin), paths.district('rs-ambito-2'));
    await assertSucceeds(setDoc(ref, { name: 'Ambito 2 – Rho' }));
    await assertSucceeds(updateDoc(ref, { name: 'Ambito 2 – Rho e Legnano' }));
    await assertFails(setDoc(ref, { name: '' }));
    await assertFails(setDoc(ref, { name: 'Ambito 2', schools: 4 }));
    await assertFails(setDoc(ref, { name: 12 }));
    await assertFails(deleteDoc(ref));
  });

  it.each([
    ['signed out', null],
    ['a head', head],
    ['an Ambito coordinator', district],
  ])('%s cannot write an Ambito', async (_name, actor) => {
    await assertFails(setDoc(doc(dbOf(actor), paths.district('rs-ambito-3')), { name: 'Nuovo' }));
    await assertFails(updateDoc(doc(dbOf(actor), paths.district(D)), { name: 'Rinominato' }));
  });
});
