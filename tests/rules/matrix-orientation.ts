import {
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  collection,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { orientationDocId, paths } from '@domain';
import { A, B, KEYS, type Key, PUPIL, type Spec, functionOnlySpec, uidOf } from './matrix-harness';
import { validOrientation } from './orientation-fixtures';

// Orientation (issue 14). A pupil's orientation record is part of the school record: the class
// staff of the pupil's class (here the teacher and the coordinator), the referent and the head
// read and write it; the head and the referent delete it. Mediators, educators, assigned L2
// teachers and other schools never. Transitions: the heads and referents of the sending (A) and
// of the receiving (B) school read them; functions write them.

const WRITERS: Key[] = ['teacher+', 'coordinator+', 'referent', 'head'];
const base = paths.orientation(A, PUPIL);

/** One school year per caller and purpose, so no two cells meet on one document. */
function yearOf(key: Key, offset: number): string {
  const start = offset + KEYS.indexOf(key);
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function stored(schoolYear: string, createdBy: string): Record<string, unknown> {
  const at = new Date('2026-10-01T00:00:00Z');
  return {
    ...validOrientation,
    schoolYear,
    schoolId: A,
    pupilId: PUPIL,
    createdBy,
    createdAt: at,
    updatedAt: at,
    updatedBy: createdBy,
  };
}

const sharedYear = '2026/27';

const orientationSpec: Spec = {
  name: 'orientation',
  shared: [[`${base}/${orientationDocId(sharedYear)}`, stored(sharedYear, 'someone')]],
  seed: (key) => {
    const year = yearOf(key, 1901);
    return [[`${base}/${orientationDocId(year)}`, stored(year, 'someone')]];
  },
  get: (db) => getDoc(doc(db, `${base}/${orientationDocId(sharedYear)}`)),
  list: (db) => getDocs(collection(db, base)),
  create: (db, key) => {
    const year = yearOf(key, 2101);
    return setDoc(doc(db, `${base}/${orientationDocId(year)}`), {
      ...validOrientation,
      schoolYear: year,
      schoolId: A,
      pupilId: PUPIL,
      createdBy: uidOf(key),
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
      updatedBy: uidOf(key),
    });
  },
  update: (db, key) =>
    updateDoc(doc(db, `${base}/${orientationDocId(yearOf(key, 1901))}`), {
      orientationHours: 30,
      updatedAt: serverTimestamp(),
      updatedBy: uidOf(key),
    }),
  delete: (db, key) => deleteDoc(doc(db, `${base}/${orientationDocId(yearOf(key, 1901))}`)),
  allowed: {
    get: WRITERS,
    list: WRITERS,
    create: WRITERS,
    update: WRITERS,
    delete: ['referent', 'head'],
  },
};

const transition = { fromSchoolId: A, toSchoolId: B, pupilId: PUPIL, status: 'pending' };
const transitionsSpec: Spec = {
  ...functionOnlySpec('transitions', paths.transitions(), [
    'head',
    'referent',
    'head@other',
    'referent@other',
  ]),
  shared: [[`${paths.transitions()}/shared`, transition]],
  seed: (key) => [[`${paths.transitions()}/t-${key}`, transition]],
  // The receiving school's list of its incoming transitions: only B's head and referent.
  list: (db) => getDocs(query(collection(db, paths.transitions()), where('toSchoolId', '==', B))),
  allowed: {
    get: ['head', 'referent', 'head@other', 'referent@other'],
    list: ['head@other', 'referent@other'],
    create: [],
    update: [],
    delete: [],
  },
};

export const orientationSpecs: Spec[] = [orientationSpec, transitionsSpec];
