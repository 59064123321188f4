import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { paths } from '@domain';
import { makeOrganization, makeService } from '../fixtures/services';
import { ACTORS, D, KEYS, type Spec } from './matrix-harness';

// The Ambito's services directory (issue 13): public reads (signed out included); the Ambito's
// coordinator writes organisations and services; an operator writes the services of their own
// organisation ('org-m') but deletes nothing; everybody else writes nothing.

const ORG = ACTORS.operator.organizationId;
const OTHER_ORG = ACTORS['operator@other'].organizationId;
const everyone = [...KEYS];

export const servicesSpecs: Spec[] = [
  {
    name: 'directory organizations',
    shared: [
      [paths.organization(D, ORG), makeOrganization()],
      [paths.organization(D, OTHER_ORG), makeOrganization({ name: 'ASST – NPIA' })],
    ],
    seed: (key) => [[paths.organization(D, `t-${key}`), makeOrganization()]],
    get: (db) => getDoc(doc(db, paths.organization(D, ORG))),
    list: (db) => getDocs(collection(db, paths.organizations(D))),
    create: (db, key) =>
      setDoc(doc(db, paths.organization(D, `new-${key}`)), makeOrganization({ name: 'Nuova' })),
    update: (db, key) =>
      updateDoc(doc(db, paths.organization(D, `t-${key}`)), { phone: '02 0000 9999' }),
    delete: (db, key) => deleteDoc(doc(db, paths.organization(D, `t-${key}`))),
    allowed: {
      get: everyone,
      list: everyone,
      create: ['district'],
      update: ['district'],
      delete: ['district'],
    },
  },
  {
    name: 'directory services',
    shared: [[paths.service(D, 'shared'), makeService({ organizationId: ORG })]],
    seed: (key) => [[paths.service(D, `t-${key}`), makeService({ organizationId: ORG })]],
    get: (db) => getDoc(doc(db, paths.service(D, 'shared'))),
    list: (db) => getDocs(collection(db, paths.services(D))),
    create: (db, key) =>
      setDoc(doc(db, paths.service(D, `new-${key}`)), makeService({ organizationId: ORG })),
    update: (db, key) =>
      updateDoc(doc(db, paths.service(D, `t-${key}`)), {
        acceptingReferrals: false,
        capacityUpdatedAt: new Date(),
      }),
    delete: (db, key) => deleteDoc(doc(db, paths.service(D, `t-${key}`))),
    allowed: {
      get: everyone,
      list: everyone,
      create: ['district', 'operator'],
      update: ['district', 'operator'],
      delete: ['district'],
    },
  },
];
