import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths, sessionPlanInputSchema, sessionPlanSchema } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// schools/{s}/sessionPlans: the planned educator (or L2 teacher) keeps their own plans, only for
// pupils assigned to them; the referent plans for any pupil; head and referent read all.

const S = 'school-plans';
const OTHER = 'school-plans-other';
const plansPath = `${paths.school(S)}/sessionPlans`;

const educator: Actor = { uid: 'sp-edu', role: 'educator', schoolId: S };
const otherEducator: Actor = { uid: 'sp-edu-2', role: 'educator', schoolId: S };
const l2teacher: Actor = { uid: 'sp-l2', role: 'l2teacher', schoolId: S };
const mediator: Actor = { uid: 'sp-med', role: 'mediator', schoolId: S };
const teacher: Actor = { uid: 'sp-teacher', role: 'teacher', schoolId: S };
const referent: Actor = { uid: 'sp-ref', role: 'referent', schoolId: S };
const head: Actor = { uid: 'sp-head', role: 'head', schoolId: S };
const educatorElsewhere: Actor = { uid: 'sp-edu-o', role: 'educator', schoolId: OTHER };
const ACTORS = [
  educator,
  otherEducator,
  l2teacher,
  mediator,
  teacher,
  referent,
  head,
  educatorElsewhere,
];

/** p1..p7 are assigned to the educator (p1 also to the L2 teacher and mediator); p8 is not. */
const ASSIGNED = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];

let env: RulesTestEnvironment;
let counter = 0;
const nextId = () => `plan-${(counter += 1)}`;

const DATE = new Date('2026-11-23T00:00:00Z');

/** A plan's typed fields (what the zod input schema checks). */
function planInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    date: DATE,
    startTime: '14:30',
    minutes: 60,
    subject: 'Matematica',
    format: 'smallGroup',
    pupilIds: ['p1', 'p2'],
    educatorUid: educator.uid,
    recurrence: { kind: 'weekly', until: new Date('2027-01-25T00:00:00Z') },
    peerPair: null,
    ...overrides,
  };
}

function newPlan(author: Actor, overrides: Record<string, unknown> = {}) {
  return {
    ...planInput(overrides),
    outcomes: {},
    lastMarkedDate: null,
    schoolId: S,
    createdBy: author.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
}

/** A stored plan seeded with the rules off (the target of reads, updates and deletes). */
async function seedPlan(overrides: Record<string, unknown> = {}): Promise<string> {
  const id = nextId();
  await env.withSecurityRulesDisabled(async (ctx) => {
    await setDoc(doc(ctx.firestore(), `${plansPath}/${id}`), {
      ...planInput(),
      outcomes: {},
      lastMarkedDate: null,
      schoolId: S,
      createdBy: educator.uid,
      createdAt: new Date('2026-11-01T00:00:00Z'),
      updatedAt: new Date('2026-11-01T00:00:00Z'),
      ...overrides,
    });
  });
  return id;
}

const dbOf = (actor: Actor | null) => contextFor(env, actor).firestore();

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, ACTORS);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.school(S)), makeSchool());
    await setDoc(doc(db, paths.school(OTHER)), makeSchool({ code: 'MIIS01200T' }));
    await setDoc(
      doc(db, paths.schoolClass(S, 'class-2b')),
      makeClass({ teacherUids: [teacher.uid] }),
    );
    for (const id of ASSIGNED) {
      const extra = id === 'p1' ? [l2teacher.uid, mediator.uid] : [];
      await setDoc(
        doc(db, paths.pupil(S, id)),
        makePupil({ schoolId: S, assignedUids: [educator.uid, ...extra] }),
      );
    }
    await setDoc(doc(db, paths.pupil(S, 'p8')), makePupil({ schoolId: S, assignedUids: [] }));
    await setDoc(
      doc(db, paths.pupil(OTHER, 'p1')),
      makePupil({ schoolId: OTHER, assignedUids: [educatorElsewhere.uid] }),
    );
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe('schema parity', () => {
  it('the fixture plan is valid for the zod schema', () => {
    expect(sessionPlanInputSchema.safeParse(planInput()).success).toBe(true);
    const stored = {
      ...planInput(),
      outcomes: {
        '2026-11-23': { status: 'held', reason: '', attendance: { p1: true, p2: false } },
      },
      lastMarkedDate: '2026-11-23',
      schoolId: S,
      createdBy: educator.uid,
      createdAt: DATE,
      updatedAt: DATE,
    };
    expect(sessionPlanSchema.safeParse(stored).success).toBe(true);
  });

  it.each([
    ['startTime 25:00', { startTime: '25:00' }],
    ['7 pupils', { pupilIds: [...ASSIGNED] }],
    ['individual with 2 pupils', { format: 'individual' }],
    ['minutes 3', { minutes: 3 }],
    ['until before date', { recurrence: { kind: 'weekly', until: new Date('2026-11-01') } }],
    ['peer pair outside the plan', { peerPair: { tutorPupilId: 'p1', tuteePupilId: 'p3' } }],
  ])('%s: refused by schema and rules', async (_label, overrides) => {
    expect(sessionPlanInputSchema.safeParse(planInput(overrides)).success).toBe(false);
    await assertFails(
      setDoc(doc(dbOf(educator), `${plansPath}/${nextId()}`), newPlan(educator, overrides)),
    );
  });
});

describe('create', () => {
  it('an educator plans a weekly session for two assigned pupils', async () => {
    await assertSucceeds(
      setDoc(doc(dbOf(educator), `${plansPath}/${nextId()}`), newPlan(educator)),
    );
  });

  it('an educator plans for six assigned pupils, a peer pair and a single session', async () => {
    const db = dbOf(educator);
    await assertSucceeds(
      setDoc(
        doc(db, `${plansPath}/${nextId()}`),
        newPlan(educator, { pupilIds: ASSIGNED.slice(0, 6) }),
      ),
    );
    await assertSucceeds(
      setDoc(
        doc(db, `${plansPath}/${nextId()}`),
        newPlan(educator, { peerPair: { tutorPupilId: 'p2', tuteePupilId: 'p1' } }),
      ),
    );
    await assertSucceeds(
      setDoc(
        doc(db, `${plansPath}/${nextId()}`),
        newPlan(educator, {
          format: 'individual',
          pupilIds: ['p3'],
          recurrence: { kind: 'none' },
        }),
      ),
    );
  });

  it('an L2 teacher plans for a pupil assigned to them', async () => {
    await assertSucceeds(
      setDoc(
        doc(dbOf(l2teacher), `${plansPath}/${nextId()}`),
        newPlan(l2teacher, { educatorUid: l2teacher.uid, pupilIds: ['p1'], format: 'individual' }),
      ),
    );
  });

  it('refuses a pupil not assigned to the educator, at any position in the list', async () => {
    const db = dbOf(educator);
    for (const pupilIds of [['p8'], ['p1', 'p8'], ['p1', 'p2', 'p3', 'p4', 'p5', 'p8']]) {
      await assertFails(
        setDoc(doc(db, `${plansPath}/${nextId()}`), newPlan(educator, { pupilIds })),
      );
    }
  });

  it('refuses a plan in another educator’s name', async () => {
    await assertFails(
      setDoc(
        doc(dbOf(otherEducator), `${plansPath}/${nextId()}`),
        newPlan(otherEducator, { educatorUid: educator.uid }),
      ),
    );
  });

  it('refuses roles that do not plan sessions, other schools and signed-out users', async () => {
    for (const actor of [mediator, teacher, head]) {
      await assertFails(
        setDoc(
          doc(dbOf(actor), `${plansPath}/${nextId()}`),
          newPlan(actor, { educatorUid: actor.uid, pupilIds: ['p1'], format: 'individual' }),
        ),
      );
    }
    await assertFails(
      setDoc(
        doc(dbOf(educatorElsewhere), `${plansPath}/${nextId()}`),
        newPlan(educatorElsewhere, { educatorUid: educatorElsewhere.uid, pupilIds: ['p1'] }),
      ),
    );
    await assertFails(
      setDoc(doc(dbOf(null), `${plansPath}/${nextId()}`), newPlan(educator, { pupilIds: ['p1'] })),
    );
  });

  it('the referent plans for any pupil of the school, not for a missing one', async () => {
    const db = dbOf(referent);
    await assertSucceeds(
      setDoc(doc(db, `${plansPath}/${nextId()}`), newPlan(referent, { pupilIds: ['p8', 'p1'] })),
    );
    await assertFails(
      setDoc(doc(db, `${plansPath}/${nextId()}`), newPlan(referent, { pupilIds: ['ghost'] })),
    );
  });

  it('refuses outcomes on create, client times, a wrong author and extra fields', async () => {
    const db = dbOf(educator);
    await assertFails(
      setDoc(doc(db, `${plansPath}/${nextId()}`), {
        ...newPlan(educator),
        outcomes: { '2026-11-23': { status: 'missed', reason: 'gita', attendance: {} } },
      }),
    );
    await assertFails(
      setDoc(doc(db, `${plansPath}/${nextId()}`), {
        ...newPlan(educator),
        createdAt: new Date(),
        updatedAt: new Date(),
      }),
    );
    await assertFails(
      setDoc(doc(db, `${plansPath}/${nextId()}`), {
        ...newPlan(educator),
        createdBy: otherEducator.uid,
      }),
    );
    await assertFails(
      setDoc(doc(db, `${plansPath}/${nextId()}`), { ...newPlan(educator), notes: 'extra' }),
    );
    await assertFails(
      setDoc(doc(db, `${plansPath}/${nextId()}`), { ...newPlan(educator), schoolId: OTHER }),
    );
  });
});

describe('read', () => {
  it('the planned educator reads and lists their own plans', async () => {
    const id = await seedPlan();
    const db = dbOf(educator);
    await assertSucceeds(getDoc(doc(db, `${plansPath}/${id}`)));
    await assertSucceeds(
      getDocs(query(collection(db, plansPath), where('educatorUid', '==', educator.uid))),
    );
  });

  it('others see no plan but head and referent, who read all', async () => {
    const id = await seedPlan();
    for (const actor of [otherEducator, l2teacher, mediator, teacher, educatorElsewhere, null]) {
      await assertFails(getDoc(doc(dbOf(actor), `${plansPath}/${id}`)));
    }
    await assertFails(getDocs(collection(dbOf(educator), plansPath)));
    for (const actor of [referent, head]) {
      await assertSucceeds(getDoc(doc(dbOf(actor), `${plansPath}/${id}`)));
      await assertSucceeds(getDocs(collection(dbOf(actor), plansPath)));
    }
  });
});

describe('update: marking occurrences', () => {
  const held = (attendance: Record<string, boolean>) => ({
    status: 'held',
    reason: '',
    attendance,
  });

  it('marks an occurrence held with attendance for every pupil', async () => {
    const id = await seedPlan();
    await assertSucceeds(
      updateDoc(doc(dbOf(educator), `${plansPath}/${id}`), {
        'outcomes.2026-11-23': held({ p1: true, p2: false }),
        lastMarkedDate: '2026-11-23',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('marks an occurrence missed with a reason, and undoes a marking', async () => {
    const id = await seedPlan();
    const ref = doc(dbOf(educator), `${plansPath}/${id}`);
    await assertSucceeds(
      updateDoc(ref, {
        'outcomes.2026-11-30': { status: 'missed', reason: 'Uscita didattica', attendance: {} },
        lastMarkedDate: '2026-11-30',
        updatedAt: serverTimestamp(),
      }),
    );
    const snapshot = await getDoc(ref);
    const outcomes = { ...(snapshot.data()?.outcomes as Record<string, unknown>) };
    delete outcomes['2026-11-30'];
    await assertSucceeds(
      updateDoc(ref, { outcomes, lastMarkedDate: '2026-11-30', updatedAt: serverTimestamp() }),
    );
  });

  it('refuses attendance missing a pupil, naming another pupil or not boolean', async () => {
    const id = await seedPlan();
    const ref = doc(dbOf(educator), `${plansPath}/${id}`);
    for (const attendance of [
      { p1: true },
      { p1: true, p2: true, p3: true },
      { p1: true, p2: 'no' },
    ]) {
      await assertFails(
        updateDoc(ref, {
          'outcomes.2026-11-23': held(attendance as Record<string, boolean>),
          lastMarkedDate: '2026-11-23',
          updatedAt: serverTimestamp(),
        }),
      );
    }
  });

  it('refuses a missed occurrence without a reason', async () => {
    const id = await seedPlan();
    await assertFails(
      updateDoc(doc(dbOf(educator), `${plansPath}/${id}`), {
        'outcomes.2026-11-23': { status: 'missed', reason: ' ', attendance: {} },
        lastMarkedDate: '2026-11-23',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('refuses changing an occurrence other than lastMarkedDate, or two at once', async () => {
    const id = await seedPlan();
    const ref = doc(dbOf(educator), `${plansPath}/${id}`);
    await assertFails(
      updateDoc(ref, {
        'outcomes.2026-11-23': held({ p1: true, p2: true }),
        lastMarkedDate: '2026-11-30',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(ref, {
        'outcomes.2026-11-23': held({ p1: true, p2: true }),
        'outcomes.2026-11-30': held({ p1: true, p2: true }),
        lastMarkedDate: '2026-11-23',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('refuses other educators, a changed author and a client updatedAt', async () => {
    const id = await seedPlan();
    const change = {
      'outcomes.2026-11-23': held({ p1: true, p2: true }),
      lastMarkedDate: '2026-11-23',
    };
    await assertFails(
      updateDoc(doc(dbOf(otherEducator), `${plansPath}/${id}`), {
        ...change,
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(dbOf(educator), `${plansPath}/${id}`), {
        ...change,
        createdBy: educator.uid + '-x',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(dbOf(educator), `${plansPath}/${id}`), { ...change, updatedAt: new Date() }),
    );
  });

  it('the referent marks any plan of the school', async () => {
    const id = await seedPlan();
    await assertSucceeds(
      updateDoc(doc(dbOf(referent), `${plansPath}/${id}`), {
        'outcomes.2026-11-23': held({ p1: true, p2: true }),
        lastMarkedDate: '2026-11-23',
        updatedAt: serverTimestamp(),
      }),
    );
  });
});

describe('delete', () => {
  it('the planned educator and the referent delete; others do not', async () => {
    const mine = await seedPlan();
    for (const actor of [otherEducator, head, teacher, mediator, null]) {
      await assertFails(deleteDoc(doc(dbOf(actor), `${plansPath}/${mine}`)));
    }
    await assertSucceeds(deleteDoc(doc(dbOf(educator), `${plansPath}/${mine}`)));
    const other = await seedPlan();
    await assertSucceeds(deleteDoc(doc(dbOf(referent), `${plansPath}/${other}`)));
  });
});
