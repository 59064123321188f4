import type { RulesTestContext } from '@firebase/rules-unit-testing';
import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import type { Actor } from './rules-env';

// The access matrix: for every collection, every kind of caller x {get, list, create, update,
// delete}, each cell asserted. "+" is a role holder with the assignment that gives access
// (teaches the class, coordinates it, or is assigned to the pupil), "-" the same role in the
// same school without it, "@other" the same role in another school.

export const A = 'school-m';
export const B = 'school-m-other';
export const D = 'ambito-m';
export const CLASS = 'class-2b';
export const PUPIL = 'pupil-2b';

export const ACTORS = {
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
  // A service operator of an organisation of the Ambito's directory, and one of another
  // organisation of the same Ambito (issue 13); the Region (issue 15).
  operator: { uid: 'm-op', role: 'operator', districtId: D, organizationId: 'org-m' },
  'operator@other': {
    uid: 'm-op-o',
    role: 'operator',
    districtId: D,
    organizationId: 'org-m-other',
  },
  region: { uid: 'm-region', role: 'region', regionId: 'lombardia' },
  admin: { uid: 'm-admin', role: 'admin' },
} as const satisfies Record<string, Actor | null>;
export type Key = keyof typeof ACTORS;
export const KEYS = Object.keys(ACTORS) as Key[];
export const OPS = ['get', 'list', 'create', 'update', 'delete'] as const;
export type Op = (typeof OPS)[number];
/** The client Firestore of a rules-test context (the compat instance the modular API accepts). */
export type Firestore = ReturnType<RulesTestContext['firestore']>;
export const uidOf = (key: Key) => ACTORS[key]?.uid ?? 'nobody';

export const teacherP = ACTORS['teacher+'].uid;
export const coordinatorP = ACTORS['coordinator+'].uid;
export const assigned = [
  ACTORS['l2teacher+'].uid,
  ACTORS['educator+'].uid,
  ACTORS['mediator+'].uid,
];

/** Who reads the pupil (canReadPupil in the rules). */
export const PUPIL_READERS: Key[] = [
  'teacher+',
  'l2teacher+',
  'educator+',
  'mediator+',
  'coordinator+',
  'referent',
  'head',
];
export const SCHOOL_A_STAFF = KEYS.filter((k) => {
  const actor = ACTORS[k];
  return actor !== null && 'schoolId' in actor && actor.schoolId === A;
});

export interface Spec {
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

/** A collection only functions write: `readers` get and list it, nobody writes. */
export function functionOnlySpec(name: string, base: string, readers: Key[]): Spec {
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
