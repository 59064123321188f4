import {
  assertFails,
  assertSucceeds,
  type RulesTestContext,
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
import { afterAll, beforeAll, describe, it } from 'vitest';
import { RECORD_KINDS, type RecordKind, calibrationPaths, paths, termRecordId } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// The access matrix: for every collection, every kind of caller x {get, list, create, update,
// delete}, each cell asserted. "+" is a role holder with the assignment that gives access
// (teaches the class, coordinates it, or is assigned to the pupil), "-" the same role in the
// same school without it, "@other" the same role in another school.

const A = 'school-m';
const B = 'school-m-other';
const D = 'ambito-m';
const CLASS = 'class-2b';
const PUPIL = 'pupil-2b';

const ACTORS = {
  out: null,
  'teacher+': { uid: 'm-teacher-p', role: 'teacher', schoolId: A },
  'teacher-': { uid: 'm-teacher-m', role: 'teacher', schoolId: A },
  'teacher@other': { uid: 'm-teacher-o', role: 'teacher', schoolId: B },
  'l2teacher+': { uid: 'm-l2-p', role: 'l2teacher', schoolId: A },
  'l2teacher-': { uid: 'm-l2-m', role: 'l2teacher', schoolId: A },
  'l2teacher@other': { uid: 'm-l2-o', role: 'l2teacher', schoolId: B },
  'educator+': { uid: 'm-edu-p', role: 'educator', schoolId: A },
  'educator-': { uid: 'm-edu-m', role: 'educator', schoolId: A },
  'educator@other': { uid: 'm-edu-o', role: 'educator', schoolId: B },
  'mediator+': { uid: 'm-med-p', role: 'mediator', schoolId: A },
  'mediator-': { uid: 'm-med-m', role: 'mediator', schoolId: A },
  'mediator@other': { uid: 'm-med-o', role: 'mediator', schoolId: B },
  'coordinator+': { uid: 'm-coord-p', role: 'coordinator', schoolId: A },
  'coordinator-': { uid: 'm-coord-m', role: 'coordinator', schoolId: A },
  'coordinator@other': { uid: 'm-coord-o', role: 'coordinator', schoolId: B },
  referent: { uid: 'm-ref', role: 'referent', schoolId: A },
  'referent@other': { uid: 'm-ref-o', role: 'referent', schoolId: B },
  head: { uid: 'm-head', role: 'head', schoolId: A },
  'head@other': { uid: 'm-head-o', role: 'head', schoolId: B },
  district: { uid: 'm-district', role: 'district', districtId: D },
  'district@other': { uid: 'm-district-o', role: 'district', districtId: 'ambito-other' },
  admin: { uid: 'm-admin', role: 'admin' },
} as const satisfies Record<string, Actor | null>;
type Key = keyof typeof ACTORS;
const KEYS = Object.keys(ACTORS) as Key[];
const OPS = ['get', 'list', 'create', 'update', 'delete'] as const;
type Op = (typeof OPS)[number];
/** The client Firestore of a rules-test context (the compat instance the modular API accepts). */
type Firestore = ReturnType<RulesTestContext['firestore']>;
const uidOf = (key: Key) => ACTORS[key]?.uid ?? 'nobody';

const teacherP = ACTORS['teacher+'].uid;
const coordinatorP = ACTORS['coordinator+'].uid;
const assigned = [ACTORS['l2teacher+'].uid, ACTORS['educator+'].uid, ACTORS['mediator+'].uid];

/** Who reads the pupil (canReadPupil in the rules). */
const PUPIL_READERS: Key[] = [
  'teacher+',
  'l2teacher+',
  'educator+',
  'mediator+',
  'coordinator+',
  'referent',
  'head',
];
const SCHOOL_A_STAFF = KEYS.filter((k) => {
  const actor = ACTORS[k];
  return actor !== null && 'schoolId' in actor && actor.schoolId === A;
});

interface Spec {
  name: string;
  /** Documents to seed with rules off: shared ones and one update/delete target per actor. */
  seed: (key: Key) => [string, Record<string, unknown>][];
  shared: [string, Record<string, unknown>][];
  get: (db: Firestore) => Promise<unknown>;
  list: (db: Firestore) => Promise<unknown>;
  create: (db: Firestore, key: Key) => Promise<unknown>;
  update: (db: Firestore, key: Key) => Promise<unknown>;
  delete: (db: Firestore, key: Key) => Promise<unknown>;
  allowed: Record<Op, Key[]>;
}

const stamp = () => ({ createdAt: serverTimestamp(), updatedAt: serverTimestamp() });
const recordMeta = (createdBy: string) => ({
  schoolId: A,
  pupilId: PUPIL,
  createdBy,
  createdAt: new Date('2026-10-01T00:00:00Z'),
  updatedAt: new Date('2026-10-01T00:00:00Z'),
});
const recordChange: Record<RecordKind, Record<string, unknown>> = {
  l2Assessments: { notes: 'Migliora nella lettura' },
  tutoringSessions: { notes: 'Esercizi sulle frazioni' },
  peerSessions: { notes: 'Buona collaborazione' },
  familyMeetings: { notes: 'La madre chiede un nuovo colloquio' },
  termRecords: { absenceHours: 31 },
  interventions: { outcome: 'Primi progressi' },
};

/**
 * A new record of `kind` by `key` and the id it is created at: term records at their period's
 * id (the rules demand it), one school year per caller so no two callers meet on one document.
 */
function newRecord(kind: RecordKind, key: Key): { id: string; data: Record<string, unknown> } {
  // An educator logs tutoring as themselves (the rules check educatorUid for them).
  if (kind === 'tutoringSessions') {
    return { id: `new-${key}`, data: { ...validRecords[kind], educatorUid: uidOf(key) } };
  }
  if (kind !== 'termRecords') return { id: `new-${key}`, data: { ...validRecords[kind] } };
  const start = 2001 + KEYS.indexOf(key);
  const schoolYear = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  const { term } = validRecords.termRecords;
  return {
    id: termRecordId(schoolYear, term),
    data: { ...validRecords.termRecords, schoolYear },
  };
}

function recordSpec(kind: RecordKind): Spec {
  const base = paths.records(A, PUPIL, kind);
  const canLog: Record<RecordKind, Key[]> = {
    l2Assessments: ['teacher+', 'l2teacher+', 'coordinator+', 'referent'],
    tutoringSessions: ['teacher+', 'l2teacher+', 'educator+', 'coordinator+', 'referent'],
    peerSessions: ['teacher+', 'l2teacher+', 'educator+', 'coordinator+', 'referent'],
    familyMeetings: ['teacher+', 'l2teacher+', 'mediator+', 'coordinator+', 'referent'],
    termRecords: ['teacher+', 'coordinator+', 'referent', 'head'],
    interventions: ['coordinator+', 'referent', 'head'],
  };
  // Targets are written by the class coordinator: the author, the coordinator and the
  // referent may amend, provided they may log this kind at all.
  const amend = canLog[kind].filter((k) => ['coordinator+', 'referent'].includes(k));
  // Need to know (DOMAIN.md): mediators read family meetings only; educators L2 tests,
  // tutoring and peer sessions, and only the interventions they own (the shared one is the
  // coordinator's, and a list without an owner filter cannot be proved to be theirs).
  const notFor: Record<RecordKind, Key[]> = {
    l2Assessments: ['mediator+'],
    tutoringSessions: ['mediator+'],
    peerSessions: ['mediator+'],
    familyMeetings: ['educator+'],
    termRecords: ['educator+', 'mediator+'],
    interventions: ['educator+', 'mediator+'],
  };
  const readers = PUPIL_READERS.filter((k) => !notFor[kind].includes(k));
  return {
    name: kind,
    shared: [[`${base}/shared`, { ...validRecords[kind], ...recordMeta(coordinatorP) }]],
    seed: (key) => [[`${base}/t-${key}`, { ...validRecords[kind], ...recordMeta(coordinatorP) }]],
    get: (db) => getDoc(doc(db, `${base}/shared`)),
    list: (db) => getDocs(collection(db, base)),
    create: (db, key) => {
      const { id, data } = newRecord(kind, key);
      return setDoc(doc(db, `${base}/${id}`), {
        ...data,
        schoolId: A,
        pupilId: PUPIL,
        createdBy: uidOf(key),
        ...stamp(),
      });
    },
    update: (db, key) =>
      updateDoc(doc(db, `${base}/t-${key}`), {
        ...recordChange[kind],
        updatedAt: serverTimestamp(),
      }),
    delete: (db, key) => deleteDoc(doc(db, `${base}/t-${key}`)),
    allowed: { get: readers, list: readers, create: canLog[kind], update: amend, delete: amend },
  };
}

function functionOnlySpec(name: string, base: string, readers: Key[]): Spec {
  const data = { level: 'amber', note: 'scritto da una funzione' };
  return {
    name,
    shared: [[`${base}/shared`, data]],
    seed: (key) => [[`${base}/t-${key}`, data]],
    get: (db) => getDoc(doc(db, `${base}/shared`)),
    list: (db) => getDocs(collection(db, base)),
    create: (db, key) => setDoc(doc(db, `${base}/new-${key}`), data),
    update: (db, key) => updateDoc(doc(db, `${base}/t-${key}`), { level: 'green' }),
    delete: (db, key) => deleteDoc(doc(db, `${base}/t-${key}`)),
    allowed: { get: readers, list: readers, create: [], update: [], delete: [] },
  };
}

const pupilData = (createdBy: string) => ({
  ...makePupil({ schoolId: A, classId: CLASS, assignedUids: assigned, createdBy }),
});

const SPECS: Spec[] = [
  {
    name: 'users',
    shared: [],
    seed: () => [],
    get: (db) => getDoc(doc(db, paths.user(teacherP))),
    list: (db) => getDocs(query(collection(db, paths.users()), where('schoolId', '==', A))),
    create: (db, key) =>
      setDoc(doc(db, paths.user(`new-${key}`)), { role: 'head', schoolId: A, roleVersion: 1 }),
    update: (db) => updateDoc(doc(db, paths.user(teacherP)), { role: 'head' }),
    delete: (db) => deleteDoc(doc(db, paths.user(teacherP))),
    allowed: {
      get: ['teacher+', 'head', 'admin'],
      list: ['head', 'admin'],
      create: [],
      update: [],
      delete: [],
    },
  },
  {
    name: 'notifications',
    shared: [[`${paths.user(teacherP)}/notifications/shared`, { read: false, pupilId: PUPIL }]],
    seed: (key) => [[`${paths.user(teacherP)}/notifications/t-${key}`, { read: false }]],
    get: (db) => getDoc(doc(db, `${paths.user(teacherP)}/notifications/shared`)),
    list: (db) => getDocs(collection(db, `${paths.user(teacherP)}/notifications`)),
    create: (db, key) =>
      setDoc(doc(db, `${paths.user(teacherP)}/notifications/new-${key}`), { read: false }),
    update: (db, key) =>
      updateDoc(doc(db, `${paths.user(teacherP)}/notifications/t-${key}`), { read: true }),
    delete: (db, key) => deleteDoc(doc(db, `${paths.user(teacherP)}/notifications/t-${key}`)),
    allowed: {
      get: ['teacher+'],
      list: ['teacher+'],
      create: [],
      update: ['teacher+'],
      delete: [],
    },
  },
  {
    name: 'schools',
    shared: [],
    seed: () => [],
    get: (db) => getDoc(doc(db, paths.school(A))),
    list: (db) => getDocs(collection(db, paths.schools())),
    create: (db, key) => setDoc(doc(db, paths.school(`new-${key}`)), makeSchool()),
    update: (db) =>
      updateDoc(doc(db, paths.school(A)), {
        settings: { ...makeSchool().settings, naiMonths: 18 },
      }),
    delete: (db) => deleteDoc(doc(db, paths.school(A))),
    allowed: {
      get: [...SCHOOL_A_STAFF, 'admin'],
      list: ['admin'],
      // The admin writes schools through createSchool / updateSchool (tests/rules/schools.test.ts).
      create: [],
      update: ['head'],
      delete: [],
    },
  },
  {
    name: 'classes',
    shared: [],
    seed: (key) => [[paths.schoolClass(A, `t-${key}`), makeClass()]],
    get: (db) => getDoc(doc(db, paths.schoolClass(A, CLASS))),
    list: (db) => getDocs(collection(db, paths.classes(A))),
    create: (db, key) => setDoc(doc(db, paths.schoolClass(A, `new-${key}`)), makeClass()),
    update: (db, key) =>
      updateDoc(doc(db, paths.schoolClass(A, `t-${key}`)), { site: 'Plesso Via Russo' }),
    delete: (db, key) => deleteDoc(doc(db, paths.schoolClass(A, `t-${key}`))),
    allowed: {
      get: SCHOOL_A_STAFF,
      list: SCHOOL_A_STAFF,
      create: ['referent', 'head'],
      update: ['referent', 'head'],
      delete: [],
    },
  },
  {
    name: 'pupils',
    shared: [],
    seed: (key) => [[paths.pupil(A, `t-${key}`), pupilData(ACTORS.referent.uid)]],
    get: (db) => getDoc(doc(db, paths.pupil(A, PUPIL))),
    list: (db) => getDocs(query(collection(db, paths.pupils(A)), where('classId', '==', CLASS))),
    create: (db, key) =>
      setDoc(doc(db, paths.pupil(A, `new-${key}`)), { ...pupilData(uidOf(key)), ...stamp() }),
    update: (db, key) =>
      updateDoc(doc(db, paths.pupil(A, `t-${key}`)), {
        notes: 'Colloquio fissato',
        updatedAt: serverTimestamp(),
      }),
    delete: (db, key) => deleteDoc(doc(db, paths.pupil(A, `t-${key}`))),
    allowed: {
      get: PUPIL_READERS,
      list: ['teacher+', 'coordinator+', 'referent', 'head'],
      create: ['referent', 'head'],
      update: ['coordinator+', 'referent', 'head'],
      delete: [],
    },
  },
  ...RECORD_KINDS.map(recordSpec),
  // Flags carry marks, absences and conduct as evidence: not for mediators nor educators.
  functionOnlySpec(
    'risk',
    `${paths.pupil(A, PUPIL)}/risk`,
    PUPIL_READERS.filter((k) => k !== 'mediator+' && k !== 'educator+'),
  ),
  functionOnlySpec(
    'riskHistory',
    paths.riskHistory(A, PUPIL),
    PUPIL_READERS.filter((k) => k !== 'mediator+' && k !== 'educator+'),
  ),
  // The need level (no evidence): also the assigned educators'; never mediators'.
  functionOnlySpec(
    'need',
    `${paths.pupil(A, PUPIL)}/need`,
    PUPIL_READERS.filter((k) => k !== 'mediator+'),
  ),
  functionOnlySpec('school stats', paths.schoolStats(A), ['referent', 'head']),
  // Saved threshold sets and the figures they reached: the school's head and referent.
  functionOnlySpec('calibrations', calibrationPaths.calibrations(A), ['referent', 'head']),
  {
    // The Ambiti: every signed-in person with a current role reads them (pickers), the admin
    // writes valid ones, nobody deletes one.
    name: 'districts',
    shared: [[paths.district('ambito-shared'), { name: 'Ambito condiviso' }]],
    seed: (key) => [[paths.district(`ambito-${key}`), { name: 'Ambito di prova' }]],
    get: (db) => getDoc(doc(db, paths.district('ambito-shared'))),
    list: (db) => getDocs(collection(db, paths.districts())),
    create: (db, key) => setDoc(doc(db, paths.district(`new-${key}`)), { name: 'Ambito nuovo' }),
    update: (db, key) =>
      updateDoc(doc(db, paths.district(`ambito-${key}`)), { name: 'Ambito rinominato' }),
    delete: (db, key) => deleteDoc(doc(db, paths.district(`ambito-${key}`))),
    allowed: {
      get: KEYS.filter((k) => k !== 'out'),
      list: KEYS.filter((k) => k !== 'out'),
      create: ['admin'],
      update: ['admin'],
      delete: [],
    },
  },
  functionOnlySpec('district stats', paths.districtStats(D), ['district', 'admin']),
  {
    ...functionOnlySpec('auditLog', paths.auditLog(), ['head']),
    shared: [[`${paths.auditLog()}/shared`, { schoolId: A, action: 'update' }]],
    seed: (key) => [[`${paths.auditLog()}/t-${key}`, { schoolId: A, action: 'update' }]],
    list: (db) => getDocs(query(collection(db, paths.auditLog()), where('schoolId', '==', A))),
  },
  {
    // A transfer from school A to school B: the two schools' heads read it, functions write it.
    ...functionOnlySpec('transferRequests', paths.transferRequests(), ['head', 'head@other']),
    shared: [[`${paths.transferRequests()}/shared`, { fromSchoolId: A, toSchoolId: B }]],
    seed: (key) => [[`${paths.transferRequests()}/t-${key}`, { fromSchoolId: A, toSchoolId: B }]],
    list: (db) =>
      getDocs(query(collection(db, paths.transferRequests()), where('toSchoolId', '==', B))),
    // The list asks for school B's incoming requests: only B's head can.
    allowed: {
      get: ['head', 'head@other'],
      list: ['head@other'],
      create: [],
      update: [],
      delete: [],
    },
  },
];

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
  await seedProfiles(
    env,
    KEYS.map((k) => ACTORS[k]).filter((a): a is NonNullable<typeof a> => a !== null),
  );
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    const writes: [string, Record<string, unknown>][] = [
      [paths.school(A), makeSchool({ districtId: D })],
      [paths.school(B), makeSchool({ code: 'MIIS01200T', districtId: D })],
      [
        paths.schoolClass(A, CLASS),
        makeClass({ teacherUids: [teacherP], coordinatorUid: coordinatorP }),
      ],
      [
        paths.schoolClass(A, 'class-3c'),
        makeClass({
          name: '3C',
          year: 3,
          section: 'C',
          teacherUids: [ACTORS['teacher-'].uid, ACTORS['l2teacher-'].uid],
          coordinatorUid: ACTORS['coordinator-'].uid,
        }),
      ],
      [
        paths.schoolClass(B, CLASS),
        makeClass({
          teacherUids: [ACTORS['teacher@other'].uid, ACTORS['l2teacher@other'].uid],
          coordinatorUid: ACTORS['coordinator@other'].uid,
        }),
      ],
      [paths.pupil(A, PUPIL), pupilData(ACTORS.referent.uid)],
      [
        paths.pupil(B, PUPIL),
        makePupil({
          schoolId: B,
          classId: CLASS,
          assignedUids: [ACTORS['educator@other'].uid, ACTORS['mediator@other'].uid],
        }),
      ],
      ...SPECS.flatMap((spec) => [...spec.shared, ...KEYS.flatMap((k) => spec.seed(k))]),
    ];
    await Promise.all(writes.map(([path, data]) => setDoc(doc(db, path), data)));
  });
}, 120_000);

afterAll(async () => {
  await env.cleanup();
});

const CELLS = SPECS.length * KEYS.length * OPS.length;

describe(`access matrix: ${SPECS.length} collections x ${KEYS.length} callers x ${OPS.length} operations = ${CELLS} cells`, () => {
  for (const spec of SPECS) {
    describe(spec.name, () => {
      it.each(KEYS.map((k) => [k]))('%s', async (key) => {
        const db = contextFor(env, ACTORS[key]).firestore();
        for (const op of OPS) {
          const attempt = op === 'get' || op === 'list' ? spec[op](db) : spec[op](db, key);
          const allowed = spec.allowed[op].includes(key);
          try {
            await (allowed ? assertSucceeds(attempt) : assertFails(attempt));
          } catch (error) {
            throw new Error(
              `${spec.name} / ${key} / ${op}: expected ${allowed ? 'allowed' : 'denied'} (${String(error)})`,
            );
          }
        }
      });
    });
  }
});
