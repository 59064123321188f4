import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, getDoc, serverTimestamp, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SUBJECTS, orientationDocId, orientationRecordSchema, paths } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { badOrientation, validOrientation, withoutUndefined } from './orientation-fixtures';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// Orientation records (issue 14): the zod schema and the rules give the same verdict on the
// same fixtures; the record is created at its school year's id; the receiving school reads it
// only once a transfer has moved the pupil (and with it the record) there.

const SENDING = 'school-or-a';
const RECEIVING = 'school-or-b';
const coordinator: Actor = { uid: 'or-coord', role: 'coordinator', schoolId: SENDING };
const mediator: Actor = { uid: 'or-med', role: 'mediator', schoolId: SENDING };
const receivingHead: Actor = { uid: 'or-head-b', role: 'head', schoolId: RECEIVING };
const receivingTeacher: Actor = { uid: 'or-teacher-b', role: 'teacher', schoolId: RECEIVING };
let env: RulesTestEnvironment;
let counter = 0;

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [coordinator, mediator, receivingHead, receivingTeacher]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(SENDING)), makeSchool());
    await setDoc(doc(db, paths.school(RECEIVING)), makeSchool({ code: 'MIIS01300T' }));
    await setDoc(
      doc(db, paths.schoolClass(SENDING, 'class-2b')),
      makeClass({ coordinatorUid: coordinator.uid }),
    );
    await setDoc(doc(db, paths.schoolClass(RECEIVING, 'class-2b')), makeClass());
    for (const id of ['p-1', 'p-2', 'p-3']) {
      await setDoc(
        doc(db, paths.pupil(SENDING, id)),
        makePupil({ schoolId: SENDING, assignedUids: [mediator.uid] }),
      );
    }
  });
});

afterAll(async () => {
  await env.cleanup();
});

function create(actor: Actor, pupilId: string, data: Record<string, unknown>, docId?: string) {
  const db = contextFor(env, actor).firestore();
  counter += 1;
  const year = typeof data.schoolYear === 'string' ? data.schoolYear : '2026/27';
  const id = docId ?? (year.includes('/') ? orientationDocId(year) : `x${counter}`);
  return setDoc(doc(db, paths.orientationRecord(SENDING, pupilId, id)), {
    ...data,
    schoolId: SENDING,
    pupilId,
    createdBy: actor.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: actor.uid,
  });
}

describe('orientation record: schema and rules agree', () => {
  it('a valid record is accepted by both', async () => {
    expect(orientationRecordSchema.safeParse(validOrientation).success).toBe(true);
    await assertSucceeds(create(coordinator, 'p-1', { ...validOrientation }));
  });

  it('the largest record (6 languages, every subject) stays within the rules budget', async () => {
    const full = {
      ...validOrientation,
      schoolYear: '2024/25',
      review: {
        ...validOrientation.review,
        languages: ['ar', 'fr', 'it', 'en', 'es', 'ber'].map((language) => ({
          language,
          level: 'B1+',
        })),
        strengthSubjects: [...ALL_SUBJECTS],
      },
    };
    expect(orientationRecordSchema.safeParse(full).success).toBe(true);
    await assertSucceeds(create(coordinator, 'p-1', full));
  });

  it('a record with every part empty is accepted by both', async () => {
    const empty = {
      ...validOrientation,
      schoolYear: '2025/26',
      review: null,
      advice: null,
      exam: null,
    };
    expect(orientationRecordSchema.safeParse(empty).success).toBe(true);
    await assertSucceeds(create(coordinator, 'p-1', empty));
  });

  it.each(badOrientation.map((b) => [b.label, b.data]))('%s: refused by both', async (_l, data) => {
    expect(orientationRecordSchema.safeParse(data).success).toBe(false);
    await assertFails(create(coordinator, 'p-2', withoutUndefined(data)));
  });
});

describe('orientation record: ids and people', () => {
  it('is created only at its school year id', async () => {
    await assertFails(create(coordinator, 'p-3', { ...validOrientation }, '2025-26'));
  });

  it('a mediator assigned to the pupil neither writes nor reads it', async () => {
    await assertFails(create(mediator, 'p-3', { ...validOrientation }));
    const db = contextFor(env, mediator).firestore();
    await assertFails(
      getDoc(doc(db, paths.orientationRecord(SENDING, 'p-1', orientationDocId('2026/27')))),
    );
  });

  it('the receiving school reads it only after the transfer moved the pupil there', async () => {
    const path = paths.orientationRecord(RECEIVING, 'p-1', orientationDocId('2026/27'));
    const record = {
      ...validOrientation,
      schoolId: RECEIVING,
      pupilId: 'p-1',
      createdBy: 'transferred',
      createdAt: new Date('2026-10-01T00:00:00Z'),
      updatedAt: new Date('2026-10-01T00:00:00Z'),
    };
    const sendingPath = paths.orientationRecord(SENDING, 'p-1', orientationDocId('2026/27'));
    const headDb = contextFor(env, receivingHead).firestore();
    // Before: the record is at the sending school, out of the receiving head's reach.
    await assertFails(getDoc(doc(headDb, sendingPath)));
    // The transfer job copies the record, then writes the pupil at the receiving school.
    await env.withSecurityRulesDisabled(async (ctx) => {
      await setDoc(doc(ctx.firestore(), path), record);
    });
    await assertFails(getDoc(doc(headDb, path)));
    await env.withSecurityRulesDisabled(async (ctx) => {
      await setDoc(
        doc(ctx.firestore(), paths.pupil(RECEIVING, 'p-1')),
        makePupil({ schoolId: RECEIVING }),
      );
    });
    await assertSucceeds(getDoc(doc(headDb, path)));
    // A teacher of the receiving school who does not teach the pupil's class does not.
    await assertFails(getDoc(doc(contextFor(env, receivingTeacher).firestore(), path)));
  });
});
