import { type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordKind,
  paths,
  pupilSchema,
  schoolClassSchema,
  termRecordId,
} from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// Parity under fuzzing: random and oversized documents (a valid fixture with one to three
// fields replaced, added or removed) go to the zod schema and to the rules; no document may be
// accepted by one and refused by the other. Set up as parity.test.ts does. Fields whose rule
// reads other documents (the pupil's classId, which must exist) or which the schema normalises
// before checking (the codice fiscale, upper-cased by zod) keep their valid value: there the
// two sides differ by design, not by mistake.

const SCHOOL = 'school-fuzz';
const CLASS = 'class-2b';
const coordinator: Actor = { uid: 'coordinator-fz', role: 'coordinator', schoolId: SCHOOL };
const referent: Actor = { uid: 'referent-fz', role: 'referent', schoolId: SCHOOL };
const RUNS = 30;
let env: RulesTestEnvironment;
let counter = 0;

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, [coordinator, referent]);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(SCHOOL)), makeSchool());
    await setDoc(
      doc(db, paths.schoolClass(SCHOOL, CLASS)),
      makeClass({ coordinatorUid: coordinator.uid }),
    );
  });
}, 60_000);

afterAll(async () => {
  await env.cleanup();
});

const DAY = 86_400_000;
const text = (n: number) =>
  fc
    .array(fc.constantFrom('a', 'B', '1', '/', '-'), { minLength: n, maxLength: n })
    .map((chars) => chars.join(''));
/** Values of every type and size the rules must judge as the schemas do. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(-1, 0, 1, 3, 5, 6, 12, 30.5, 61, 481, 2001),
  fc.constantFrom(0, 1, 2, 5, 10, 11, 41, 81, 121, 129, 301, 501, 1001, 2001).chain(text),
  fc.constantFrom(new Date(Date.now() - 400 * DAY), new Date(Date.now() + 40 * DAY)),
  fc.constantFrom('A2', 'PreA1', 'ar', 'MA', 'it', 'mother', 'tutee', 'numeric', 'active'),
  fc.array(fc.oneof(fc.constantFrom('uid-a', 'a/b', '', 5, 'x'.repeat(129)), text(3)), {
    maxLength: 45,
  }),
  fc.dictionary(fc.constantFrom('ascolto', 'italiano', 'x', 'uid'), fc.constantFrom('A2', 3, '')),
);

/** A valid document with one to three fields replaced, removed or added. */
function mutated(base: Record<string, unknown>, frozen: readonly string[]) {
  const keys = Object.keys(base).filter((k) => !frozen.includes(k));
  const change = fc.record({
    key: fc.oneof(fc.constantFrom(...keys), fc.constant('extraField')),
    remove: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    value: anyValue,
  });
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    const data: Record<string, unknown> = { ...base };
    for (const { key, remove, value } of changes) {
      if (remove) delete data[key];
      else data[key] = value;
    }
    return data;
  });
}

async function rulesAccept(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch {
    return false;
  }
}

function recordWrite(kind: RecordKind, data: Record<string, unknown>) {
  counter += 1;
  const pupilId = `fz-pupil-${kind}`;
  const { schoolYear, term } = data;
  const id =
    kind === 'termRecords' && typeof schoolYear === 'string' && typeof term === 'number'
      ? termRecordId(schoolYear, term)
      : `r${counter}`;
  const db = contextFor(env, coordinator).firestore();
  return () =>
    setDoc(doc(db, `${paths.pupil(SCHOOL, pupilId)}/${kind}/${id}`), {
      ...data,
      schoolId: SCHOOL,
      pupilId,
      createdBy: coordinator.uid,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
}

describe('records: zod and rules agree on random documents', () => {
  beforeAll(async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      for (const kind of RECORD_KINDS) {
        await setDoc(
          doc(ctx.firestore(), paths.pupil(SCHOOL, `fz-pupil-${kind}`)),
          makePupil({ schoolId: SCHOOL, classId: CLASS }),
        );
      }
    });
  });

  it.each(RECORD_KINDS.map((kind) => [kind]))(
    '%s',
    async (kind) => {
      // A term record's id comes from its period: a fresh period per run, so that a document
      // accepted once does not turn the next one into an update.
      await fc.assert(
        fc.asyncProperty(mutated(validRecords[kind], []), async (data) => {
          if (kind === 'termRecords' && data.schoolYear === validRecords.termRecords.schoolYear) {
            const start = 1900 + (counter % 99);
            data.schoolYear = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
          }
          const schema = RECORD_SCHEMAS[kind].safeParse(data).success;
          const rules = await rulesAccept(recordWrite(kind, data));
          expect({ kind, data, rules }).toEqual({ kind, data, rules: schema });
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  );
});

describe('pupils and classes: zod and rules agree on random documents', () => {
  it('pupils (created by the referent)', async () => {
    const base = makePupil({ schoolId: SCHOOL, classId: CLASS, createdBy: referent.uid });
    const frozen = ['classId', 'codiceFiscale', 'schoolId', 'createdBy', 'createdAt', 'updatedAt'];
    await fc.assert(
      fc.asyncProperty(mutated(base, frozen), async (data) => {
        const schema = pupilSchema.safeParse(data).success;
        counter += 1;
        const db = contextFor(env, referent).firestore();
        const rules = await rulesAccept(() =>
          setDoc(doc(db, paths.pupil(SCHOOL, `fz-p${counter}`)), {
            ...data,
            createdAt: serverTimestamp(),
            updatedAt: serverTimestamp(),
          }),
        );
        expect({ data, rules }).toEqual({ data, rules: schema });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('classes (created by the referent)', async () => {
    const base = makeClass({ teacherUids: ['t-1', 't-2'], coordinatorUid: coordinator.uid });
    await fc.assert(
      fc.asyncProperty(mutated(base, ['pupilCount']), async (data) => {
        const schema = schoolClassSchema.safeParse(data).success;
        counter += 1;
        const db = contextFor(env, referent).firestore();
        const rules = await rulesAccept(() =>
          setDoc(doc(db, paths.schoolClass(SCHOOL, `fz-c${counter}`)), data),
        );
        expect({ data, rules }).toEqual({ data, rules: schema });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
