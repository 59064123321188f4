import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Calibration,
  DEFAULT_THRESHOLDS,
  RISK_ENGINE_VERSION,
  calibrationPaths,
  calibrationSchema,
  paths,
} from '@domain';
import { makeSchool } from '../fixtures/entities';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// schools/{s}/calibrations: the thresholds a head saved and the figures they reached. Head and
// referent of the school read them; nobody writes them from a client (saveThresholds does).

const S = 'school-calibrations';
const OTHER = 'school-calibrations-other';
const ID = 'cal-1';

const head: Actor = { uid: 'cal-head', role: 'head', schoolId: S };
const referent: Actor = { uid: 'cal-ref', role: 'referent', schoolId: S };
const coordinator: Actor = { uid: 'cal-coord', role: 'coordinator', schoolId: S };
const teacher: Actor = { uid: 'cal-teacher', role: 'teacher', schoolId: S };
const headElsewhere: Actor = { uid: 'cal-head-o', role: 'head', schoolId: OTHER };
const district: Actor = { uid: 'cal-district', role: 'district', districtId: 'ambito-test' };
const staleHead: Actor = { uid: 'cal-head-stale', role: 'head', schoolId: S };

const calibration: Calibration = {
  thresholds: { ...DEFAULT_THRESHOLDS, meanMarkAmber: 5.75 },
  previousThresholds: DEFAULT_THRESHOLDS,
  figures: {
    pupils: 2000,
    failures: 314,
    flaggedShare: 0.15,
    sensitivity: 0.5,
    specificity: 0.92,
    redPrecision: 0.87,
    greenFailureRate: 0.09,
  },
  fileRows: 2000,
  byUid: head.uid,
  byName: 'Dirigente di prova',
  at: new Date('2026-06-20T10:00:00Z'),
  engineVersion: RISK_ENGINE_VERSION,
};

let env: RulesTestEnvironment;
const dbOf = (actor: Actor | null) => contextFor(env, actor).firestore();
const calRef = (actor: Actor | null) => doc(dbOf(actor), calibrationPaths.calibration(S, ID));
const calList = (actor: Actor | null) => collection(dbOf(actor), calibrationPaths.calibrations(S));

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [head, referent, coordinator, teacher, headElsewhere, district]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(S)), makeSchool());
    await setDoc(doc(db, paths.school(OTHER)), makeSchool({ code: 'MIIS01200T' }));
    await setDoc(doc(db, calibrationPaths.calibration(S, ID)), calibration);
    // A head whose role changed since the token was issued.
    await setDoc(doc(db, paths.user(staleHead.uid)), {
      displayName: staleHead.uid,
      email: `${staleHead.uid}@example.it`,
      role: 'head',
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

describe('schools/{s}/calibrations', () => {
  it('the seeded calibration is valid for the zod schema', () => {
    expect(calibrationSchema.safeParse(calibration).success).toBe(true);
  });

  it.each([
    ['head', head],
    ['referent', referent],
  ])('the %s of the school gets and lists them', async (_name, actor) => {
    await assertSucceeds(getDoc(calRef(actor)));
    const listed = await assertSucceeds(getDocs(calList(actor)));
    expect(listed.docs.map((d) => d.id)).toEqual([ID]);
  });

  it.each([
    ['signed out', null],
    ['a teacher', teacher],
    ['a class coordinator', coordinator],
    ['the head of another school', headElsewhere],
    ['the Ambito', district],
    ['a head with a stale role', staleHead],
  ])('%s can neither get nor list them', async (_name, actor) => {
    await assertFails(getDoc(calRef(actor)));
    await assertFails(getDocs(calList(actor)));
  });

  it.each([
    ['signed out', null],
    ['the head', head],
    ['the referent', referent],
    ['a teacher', teacher],
  ])('%s cannot create, update or delete them', async (_name, actor) => {
    await assertFails(
      setDoc(doc(dbOf(actor), calibrationPaths.calibration(S, 'new')), calibration),
    );
    await assertFails(updateDoc(calRef(actor), { fileRows: 1 }));
    await assertFails(deleteDoc(calRef(actor)));
  });
});
