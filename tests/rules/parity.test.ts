import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_KINDS, RECORD_SCHEMAS, paths, termRecordId } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { badRecords, validRecords } from '../fixtures/records';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// The same fixtures go to the zod schema and to the rules: both must give the same verdict.

const SCHOOL = 'school-parity';
const coordinator: Actor = { uid: 'coordinator-p', role: 'coordinator', schoolId: SCHOOL };
let env: RulesTestEnvironment;
let counter = 0;

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [coordinator]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(SCHOOL)), makeSchool());
    await setDoc(
      doc(db, paths.schoolClass(SCHOOL, 'class-2b')),
      makeClass({ coordinatorUid: coordinator.uid }),
    );
    await setDoc(doc(db, paths.pupil(SCHOOL, 'pupil-1')), makePupil({ schoolId: SCHOOL }));
    await setDoc(doc(db, paths.pupil(SCHOOL, 'pupil-2')), makePupil({ schoolId: SCHOOL }));
  });
});

afterAll(async () => {
  await env.cleanup();
});

/**
 * Creates a record as the class coordinator: a term record at its period's id, as the rules
 * demand, any other at a fresh one. Bad fixtures go to a pupil that never gets a record, so
 * every attempt is a create refused for its values alone.
 */
function createAsCoordinator(
  kind: string,
  data: Record<string, unknown>,
  pupilId: 'pupil-1' | 'pupil-2' = 'pupil-1',
) {
  const db = contextFor(env, coordinator).firestore();
  counter += 1;
  const { schoolYear, term } = data;
  const id =
    kind === 'termRecords' && typeof schoolYear === 'string' && typeof term === 'number'
      ? termRecordId(schoolYear, term)
      : `r${counter}`;
  return setDoc(doc(db, `${paths.pupil(SCHOOL, pupilId)}/${kind}/${id}`), {
    ...data,
    schoolId: SCHOOL,
    pupilId,
    createdBy: coordinator.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
}

describe('valid fixtures: accepted by schema and rules', () => {
  it.each(RECORD_KINDS.map((kind) => [kind]))('%s', async (kind) => {
    const data = validRecords[kind];
    expect(RECORD_SCHEMAS[kind].safeParse(data).success).toBe(true);
    await assertSucceeds(createAsCoordinator(kind, { ...data }));
  });
});

describe('bad fixtures: refused by schema and rules', () => {
  it.each(badRecords.map((b) => [`${b.kind}: ${b.label}`, b]))('%s', async (_label, variant) => {
    expect(RECORD_SCHEMAS[variant.kind].safeParse(variant.data).success).toBe(false);
    await assertFails(createAsCoordinator(variant.kind, variant.data, 'pupil-2'));
  });
});
