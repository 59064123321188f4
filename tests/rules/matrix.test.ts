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
import { afterAll, beforeAll, describe, it } from 'vitest';
import { RECORD_KINDS, type RecordKind, calibrationPaths, paths, termRecordId } from '@domain';
import { makeClass, makePupil, makeSchool } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';
import { contextFor, createRulesEnv, seedProfiles } from './rules-env';
import { servicesSpecs } from './matrix-services';
import { referralsSpecs } from './matrix-referrals';
import { orientationSpecs } from './matrix-orientation';
import { monitoringSpecs } from './matrix-monitoring';
import {
  A,
  ACTORS,
  B,
  CLASS,
  D,
  KEYS,
  type Key,
  OPS,
  PUPIL,
  PUPIL_READERS,
  SCHOOL_A_STAFF,
  type Spec,
  assigned,
  coordinatorP,
  functionOnlySpec,
  teacherP,
  uidOf,
} from './matrix-harness';

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
        updatedBy: uidOf(key),
        ...stamp(),
      });
    },
    update: (db, key) =>
      updateDoc(doc(db, `${base}/t-${key}`), {
        ...recordChange[kind],
        updatedAt: serverTimestamp(),
        updatedBy: uidOf(key),
      }),
    delete: (db, key) => deleteDoc(doc(db, `${base}/t-${key}`)),
    allowed: { get: readers, list: readers, create: canLog[kind], update: amend, delete: amend },
  };
}

const pupilData = (createdBy: string) => ({
  ...makePupil({ schoolId: A, classId: CLASS, assignedUids: assigned, createdBy }),
});

// Collections of later features add their specs from their own module
// (tests/rules/matrix-<feature>.ts, built on ./matrix-harness) with one line at the end of SPECS.
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
    // The Ambiti: anyone gets one (its name heads the public services page), every signed-in
    // person with a current role lists them (pickers), the admin writes valid ones, nobody
    // deletes one.
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
      // Public: the families' services page names the Ambito signed out (no personal data).
      get: KEYS,
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
  ...servicesSpecs,
  ...referralsSpecs,
  ...orientationSpecs,
  ...monitoringSpecs,
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
