import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  collectionGroup,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type RecordKind, paths } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// Issue 16, "Need to know" (DOMAIN.md, "Who reads what"). Every `it` below failed on the rules
// before the change and passes after it; the comment above each says what was let through
// (`RULES_FILE=<older rules file>` makes rules-env.ts load another file to see it fail).

const SCHOOL = 'school-ntk';
const CLASS = 'class-2b';
const PUPIL = 'ntk-p1';
/** A pupil of another class nobody below is assigned to. */
const OTHER_PUPIL = 'ntk-p2';

const head: Actor = { uid: 'ntk-head', role: 'head', schoolId: SCHOOL };
const referent: Actor = { uid: 'ntk-ref', role: 'referent', schoolId: SCHOOL };
const coordinator: Actor = { uid: 'ntk-coord', role: 'coordinator', schoolId: SCHOOL };
const teacher: Actor = { uid: 'ntk-teacher', role: 'teacher', schoolId: SCHOOL };
const l2teacher: Actor = { uid: 'ntk-l2', role: 'l2teacher', schoolId: SCHOOL };
const educator: Actor = { uid: 'ntk-edu', role: 'educator', schoolId: SCHOOL };
const educator2: Actor = { uid: 'ntk-edu2', role: 'educator', schoolId: SCHOOL };
const mediator: Actor = { uid: 'ntk-med', role: 'mediator', schoolId: SCHOOL };
const ACTORS = [head, referent, coordinator, teacher, l2teacher, educator, educator2, mediator];

let env: RulesTestEnvironment;
const dbOf = (actor: Actor) => contextFor(env, actor).firestore();
const recordPath = (kind: RecordKind, id: string, pupilId = PUPIL) =>
  `${paths.records(SCHOOL, pupilId, kind)}/${id}`;
const meta = (createdBy: string) => ({
  schoolId: SCHOOL,
  pupilId: PUPIL,
  createdBy,
  createdAt: new Date('2026-11-01T00:00:00Z'),
  updatedAt: new Date('2026-11-01T00:00:00Z'),
});
const needDoc = (followUpOwnerUids: string[], classId = CLASS) => ({
  level: 'amber',
  flagCodes: ['meanMark'],
  score: 2,
  followUps: [],
  followUpOwnerUids,
  l2Latest: null,
  classId,
  schoolId: SCHOOL,
  computedAt: new Date('2026-11-01T00:00:00Z'),
});
const riskDoc = (followUpOwnerUids: string[]) => ({
  level: 'amber',
  reviewedLevel: 'amber',
  flags: [{ code: 'meanMark', evidence: { mean: 5.4 } }],
  followUpOwnerUids,
  classId: CLASS,
  schoolId: SCHOOL,
});

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(env, ACTORS);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    const writes: [string, Record<string, unknown>][] = [
      [paths.school(SCHOOL), makeSchool()],
      [
        paths.schoolClass(SCHOOL, CLASS),
        makeClass({ teacherUids: [teacher.uid], coordinatorUid: coordinator.uid }),
      ],
      [paths.schoolClass(SCHOOL, 'class-3c'), makeClass({ name: '3C', section: 'C' })],
      [
        paths.pupil(SCHOOL, PUPIL),
        makePupil({
          schoolId: SCHOOL,
          classId: CLASS,
          assignedUids: [l2teacher.uid, educator.uid, educator2.uid, mediator.uid],
        }),
      ],
      [paths.pupil(SCHOOL, OTHER_PUPIL), makePupil({ schoolId: SCHOOL, classId: 'class-3c' })],
      [recordPath('l2Assessments', 'r1'), { ...validRecords.l2Assessments, ...meta(teacher.uid) }],
      [
        recordPath('tutoringSessions', 'r1'),
        { ...validRecords.tutoringSessions, educatorUid: educator.uid, ...meta(educator.uid) },
      ],
      [recordPath('peerSessions', 'r1'), { ...validRecords.peerSessions, ...meta(educator.uid) }],
      [
        recordPath('familyMeetings', 'r1'),
        { ...validRecords.familyMeetings, ...meta(mediator.uid) },
      ],
      [
        recordPath('termRecords', '2026-27-t1'),
        { ...validRecords.termRecords, ...meta(teacher.uid) },
      ],
      [
        recordPath('interventions', 'own'),
        { ...validRecords.interventions, ownerUid: educator.uid, ...meta(coordinator.uid) },
      ],
      [
        recordPath('interventions', 'others'),
        { ...validRecords.interventions, ownerUid: coordinator.uid, ...meta(coordinator.uid) },
      ],
      [paths.riskCurrent(SCHOOL, PUPIL), riskDoc([educator.uid, coordinator.uid])],
      [`${paths.riskHistory(SCHOOL, PUPIL)}/h1`, { cause: 'review', reason: 'media 5,4' }],
      [paths.needCurrent(SCHOOL, PUPIL), needDoc([educator.uid])],
      [paths.needCurrent(SCHOOL, OTHER_PUPIL), needDoc([], 'class-3c')],
    ];
    await Promise.all(writes.map(([path, data]) => setDoc(doc(db, path), data)));
  });
}, 60_000);

afterAll(async () => {
  await env.cleanup();
});

const getPath = (actor: Actor, path: string) => getDoc(doc(dbOf(actor), path));
const listKind = (actor: Actor, kind: RecordKind) =>
  getDocs(collection(dbOf(actor), paths.records(SCHOOL, PUPIL, kind)));

describe('read scopes', () => {
  // Before: an assigned mediator read every kind but term records, and the flags were denied
  // only through `!hasRole(['mediator'])`. After: profile and family meetings only.
  it('an assigned mediator reads the profile and family meetings, nothing else', async () => {
    await assertSucceeds(getPath(mediator, paths.pupil(SCHOOL, PUPIL)));
    await assertSucceeds(getPath(mediator, recordPath('familyMeetings', 'r1')));
    await assertSucceeds(listKind(mediator, 'familyMeetings'));
    for (const kind of ['l2Assessments', 'tutoringSessions', 'peerSessions'] as const) {
      await assertFails(getPath(mediator, recordPath(kind, 'r1')));
      await assertFails(listKind(mediator, kind));
    }
    await assertFails(getPath(mediator, recordPath('interventions', 'own')));
    await assertFails(listKind(mediator, 'interventions'));
    await assertFails(getPath(mediator, paths.riskCurrent(SCHOOL, PUPIL)));
    await assertFails(getPath(mediator, paths.needCurrent(SCHOOL, PUPIL)));
  });

  // Before: an assigned educator read family meetings, every intervention, risk/current (with
  // mean mark, conduct, failing subjects and absences as evidence) and the risk history.
  it('an assigned educator reads L2 tests, sessions and own interventions, not meetings or flags', async () => {
    for (const kind of ['l2Assessments', 'tutoringSessions', 'peerSessions'] as const) {
      await assertSucceeds(getPath(educator, recordPath(kind, 'r1')));
      await assertSucceeds(listKind(educator, kind));
    }
    await assertSucceeds(getPath(educator, recordPath('interventions', 'own')));
    await assertSucceeds(
      getDocs(
        query(
          collection(dbOf(educator), paths.records(SCHOOL, PUPIL, 'interventions')),
          where('ownerUid', '==', educator.uid),
        ),
      ),
    );
    await assertFails(getPath(educator, recordPath('interventions', 'others')));
    await assertFails(listKind(educator, 'interventions'));
    await assertFails(getPath(educator, recordPath('familyMeetings', 'r1')));
    await assertFails(listKind(educator, 'familyMeetings'));
    await assertFails(getPath(educator, recordPath('termRecords', '2026-27-t1')));
    await assertFails(getPath(educator, paths.riskCurrent(SCHOOL, PUPIL)));
    await assertFails(getPath(educator, `${paths.riskHistory(SCHOOL, PUPIL)}/h1`));
  });

  // Before: `need` had no rule, so nobody read it. After: class staff, referent, head and the
  // assigned educators and L2 teachers read it; mediators and unassigned educators do not.
  it('need/current is read by class staff, referent, head and assigned educators and L2 teachers', async () => {
    for (const actor of [head, referent, coordinator, teacher, l2teacher, educator, educator2]) {
      await assertSucceeds(getPath(actor, paths.needCurrent(SCHOOL, PUPIL)));
    }
    await assertFails(getPath(educator, paths.needCurrent(SCHOOL, OTHER_PUPIL)));
    await assertFails(getPath(teacher, paths.needCurrent(SCHOOL, OTHER_PUPIL)));
    await assertFails(getPath(mediator, paths.needCurrent(SCHOOL, PUPIL)));
    await assertFails(
      setDoc(doc(dbOf(referent), paths.needCurrent(SCHOOL, PUPIL)), needDoc([referent.uid])),
    );
  });

  const group = (actor: Actor, name: 'need' | 'risk', owner?: string) =>
    getDocs(
      query(
        collectionGroup(dbOf(actor), name),
        where('schoolId', '==', SCHOOL),
        ...(owner ? [where('followUpOwnerUids', 'array-contains', owner)] : []),
      ),
    );

  // Before: no collection-group rule on `need` (denied to all). After: the owner's own query.
  it('a collection-group query on need lists only the follow-ups the caller owns', async () => {
    await assertSucceeds(group(educator, 'need', educator.uid));
    await assertFails(group(educator, 'need', coordinator.uid));
    await assertFails(group(educator, 'need'));
    await assertFails(group(mediator, 'need', mediator.uid));
  });

  // Before: an educator who owned a follow-up listed risk/current with all its evidence.
  it('an educator never lists risk documents, even the ones whose follow-ups they own', async () => {
    await assertFails(group(educator, 'risk', educator.uid));
    await assertSucceeds(group(coordinator, 'risk', coordinator.uid));
  });
});

describe('integrity of records', () => {
  const create = (actor: Actor, kind: RecordKind, pupilId: string, data: object) =>
    setDoc(doc(dbOf(actor), recordPath(kind, `new-${actor.uid}-${kind}`, pupilId)), {
      ...data,
      schoolId: SCHOOL,
      pupilId,
      createdBy: actor.uid,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });

  // Before: the referent's and the head's right to log does not read the pupil, so a record
  // could be created under a pupil that does not exist (an orphan no page ever shows).
  it('a record is created only under an existing pupil', async () => {
    await assertFails(create(referent, 'l2Assessments', 'ntk-ghost', validRecords.l2Assessments));
    await assertFails(create(head, 'interventions', 'ntk-ghost', validRecords.interventions));
    await assertSucceeds(create(referent, 'l2Assessments', PUPIL, validRecords.l2Assessments));
  });

  // Before: any educatorUid was accepted, so an educator could log hours in a colleague's name.
  it('an educator logs tutoring as themselves; the referent may credit another educator', async () => {
    await assertFails(
      create(educator, 'tutoringSessions', PUPIL, {
        ...validRecords.tutoringSessions,
        educatorUid: educator2.uid,
      }),
    );
    await assertFails(
      updateDoc(doc(dbOf(educator), recordPath('tutoringSessions', 'r1')), {
        educatorUid: educator2.uid,
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(
      create(educator, 'tutoringSessions', PUPIL, {
        ...validRecords.tutoringSessions,
        educatorUid: educator.uid,
      }),
    );
    await assertSucceeds(
      create(referent, 'tutoringSessions', PUPIL, {
        ...validRecords.tutoringSessions,
        educatorUid: educator2.uid,
      }),
    );
  });
});

describe('id lists hold bounded ids', () => {
  const pupilWith = (assignedUids: unknown[]) => ({
    ...makePupil({ schoolId: SCHOOL, classId: CLASS, createdBy: referent.uid }),
    assignedUids,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });

  // Before: assignedUids was checked for its size only, any element went (a number, a path, a
  // 2,000-character string), and `request.auth.uid in assignedUids` then matched nothing.
  it('assignedUids holds ids only', async () => {
    const db = dbOf(referent);
    for (const [i, bad] of [[5], ['a/b'], [''], ['x'.repeat(129)], [{ uid: 'x' }]].entries()) {
      await assertFails(setDoc(doc(db, paths.pupil(SCHOOL, `ntk-bad-${i}`)), pupilWith(bad)));
    }
    await assertFails(
      updateDoc(doc(db, paths.pupil(SCHOOL, PUPIL)), {
        assignedUids: [educator.uid, 'a/b'],
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(
      setDoc(doc(db, paths.pupil(SCHOOL, 'ntk-ok')), pupilWith([educator.uid, mediator.uid])),
    );
  });

  // Before: teacherUids was checked for its size only.
  it('teacherUids holds ids only', async () => {
    const db = dbOf(referent);
    await assertFails(
      setDoc(doc(db, paths.schoolClass(SCHOOL, 'ntk-c1')), {
        ...makeClass(),
        teacherUids: [teacher.uid, 42],
      }),
    );
    await assertFails(
      setDoc(doc(db, paths.schoolClass(SCHOOL, 'ntk-c2')), {
        ...makeClass(),
        teacherUids: ['schools/x'],
      }),
    );
    const forty = Array.from({ length: 40 }, (_, i) => `t-${i}`);
    await assertSucceeds(
      setDoc(doc(db, paths.schoolClass(SCHOOL, 'ntk-c3')), { ...makeClass(), teacherUids: forty }),
    );
    await assertFails(
      setDoc(doc(db, paths.schoolClass(SCHOOL, 'ntk-c4')), {
        ...makeClass(),
        teacherUids: [...forty, 't-40'],
      }),
    );
  });
});
