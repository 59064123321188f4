import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { paths } from '@domain';
import { A, D, type Key, PUPIL, type Spec } from './matrix-harness';
import { SHARED_DATA, makeReferral } from './referrals-fixtures';

// Referrals (issue 13): the header is read by the operators of the addressed organisation
// and, at the school, by head, referent, the class staff of the pupil's class and the sender
// (the referent here); the shared data by the same, by the operators only while consent holds.
// Functions write everything.

const HEADER_READERS: Key[] = ['teacher+', 'coordinator+', 'referent', 'head', 'operator'];
const header = makeReferral({
  schoolId: A,
  pupilId: PUPIL,
  districtId: D,
  organizationId: 'org-m',
});
const withdrawn = makeReferral({
  schoolId: A,
  pupilId: PUPIL,
  districtId: D,
  organizationId: 'org-m',
  status: 'cancelled',
  consent: { ...header.consent, withdrawnAt: new Date('2026-10-05T00:00:00Z') },
});

function headerSpec(): Spec {
  return {
    name: 'referrals',
    shared: [[paths.referral('m-ref-shared'), header]],
    seed: (key) => [[paths.referral(`m-ref-t-${key}`), header]],
    get: (db) => getDoc(doc(db, paths.referral('m-ref-shared'))),
    // Both sides' queries in one: the school's (school and pupil) and the operator's
    // (organisation and Ambito) constraints.
    list: (db) =>
      getDocs(
        query(
          collection(db, paths.referrals()),
          where('schoolId', '==', A),
          where('pupilId', '==', PUPIL),
          where('organizationId', '==', 'org-m'),
          where('districtId', '==', D),
        ),
      ),
    create: (db, key) => setDoc(doc(db, paths.referral(`m-ref-new-${key}`)), header),
    update: (db, key) =>
      updateDoc(doc(db, paths.referral(`m-ref-t-${key}`)), { status: 'accepted' }),
    delete: (db, key) => deleteDoc(doc(db, paths.referral(`m-ref-t-${key}`))),
    allowed: { get: HEADER_READERS, list: HEADER_READERS, create: [], update: [], delete: [] },
  };
}

function sharedSpec(name: string, referralId: string, readers: Key[]): Spec {
  const base = `${paths.referral(referralId)}/shared`;
  return {
    name,
    shared: [
      [paths.referral(referralId), referralId.includes('withdrawn') ? withdrawn : header],
      [`${base}/current`, SHARED_DATA],
    ],
    seed: (key) => [[`${base}/t-${key}`, SHARED_DATA]],
    get: (db) => getDoc(doc(db, `${base}/current`)),
    list: (db) => getDocs(collection(db, base)),
    create: (db, key) => setDoc(doc(db, `${base}/new-${key}`), SHARED_DATA),
    update: (db, key) => updateDoc(doc(db, `${base}/t-${key}`), { name: 'Altro' }),
    delete: (db, key) => deleteDoc(doc(db, `${base}/t-${key}`)),
    allowed: { get: readers, list: readers, create: [], update: [], delete: [] },
  };
}

export const referralsSpecs: Spec[] = [
  headerSpec(),
  sharedSpec('referrals/shared (consent given)', 'm-ref-given', HEADER_READERS),
  sharedSpec(
    'referrals/shared (consent withdrawn)',
    'm-ref-withdrawn',
    HEADER_READERS.filter((k) => k !== 'operator'),
  ),
];
