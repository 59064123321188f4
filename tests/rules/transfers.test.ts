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
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type TransferRequest, paths, transferRequestId } from '@domain';
import { type Actor, contextFor, createRulesEnv, seedProfiles } from './rules-env';

// transferRequests/{id}: the heads of the sending and of the receiving school read it; nobody
// writes it from a client (the callables do). users/{uid}/notifications: the owner reads them
// only with a current role version.

const FROM = 'tr-from';
const TO = 'tr-to';
const ELSEWHERE = 'tr-else';
const ID = transferRequestId(FROM, 'p1');

const fromHead: Actor = { uid: 'tr-head-from', role: 'head', schoolId: FROM };
const toHead: Actor = { uid: 'tr-head-to', role: 'head', schoolId: TO };
const otherHead: Actor = { uid: 'tr-head-else', role: 'head', schoolId: ELSEWHERE };
const toReferent: Actor = { uid: 'tr-ref-to', role: 'referent', schoolId: TO };
const fromTeacher: Actor = { uid: 'tr-teacher', role: 'teacher', schoolId: FROM };
const admin: Actor = { uid: 'tr-admin', role: 'admin' };
const district: Actor = { uid: 'tr-district', role: 'district', districtId: 'd1' };
const ACTORS = [fromHead, toHead, otherHead, toReferent, fromTeacher, admin, district];

const request: TransferRequest = {
  fromSchoolId: FROM,
  toSchoolId: TO,
  pupilId: 'p1',
  pupilName: 'El Idrissi Amina',
  fromSchoolName: 'IC Manzoni',
  toSchoolName: 'IIS Volta',
  toClassId: 'class-1a',
  requestedBy: fromHead.uid,
  requestedAt: new Date('2026-11-20T10:00:00Z'),
  status: 'requested',
  decidedBy: null,
  decidedAt: null,
  copiedAt: null,
  completedAt: null,
};

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
  await env.clearFirestore();
  await seedProfiles(env, ACTORS);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, paths.transferRequest(ID)), request);
    await setDoc(doc(db, `${paths.notifications(fromTeacher.uid)}/n1`), {
      type: 'riskRaisedDaily',
      schoolId: FROM,
      read: false,
    });
  });
});

afterAll(async () => {
  await env?.cleanup();
});

const db = (actor: Actor | null) => contextFor(env, actor).firestore();

describe('transferRequests', () => {
  it('the sending and the receiving head read it, and list it by their side', async () => {
    await assertSucceeds(getDoc(doc(db(fromHead), paths.transferRequest(ID))));
    await assertSucceeds(getDoc(doc(db(toHead), paths.transferRequest(ID))));
    await assertSucceeds(
      getDocs(
        query(collection(db(toHead), paths.transferRequests()), where('toSchoolId', '==', TO)),
      ),
    );
    await assertSucceeds(
      getDocs(
        query(
          collection(db(fromHead), paths.transferRequests()),
          where('fromSchoolId', '==', FROM),
        ),
      ),
    );
  });

  it('nobody else reads it: another head, the referent, staff, admin, Ambito, signed out', async () => {
    for (const actor of [otherHead, toReferent, fromTeacher, admin, district, null]) {
      await assertFails(getDoc(doc(db(actor), paths.transferRequest(ID))));
    }
    await assertFails(
      getDocs(
        query(collection(db(otherHead), paths.transferRequests()), where('toSchoolId', '==', TO)),
      ),
    );
  });

  it('no client writes it, not even the two heads', async () => {
    for (const actor of [fromHead, toHead, admin]) {
      await assertFails(setDoc(doc(db(actor), paths.transferRequest('new')), request));
      await assertFails(
        updateDoc(doc(db(actor), paths.transferRequest(ID)), { status: 'accepted' }),
      );
      await assertFails(deleteDoc(doc(db(actor), paths.transferRequest(ID))));
    }
  });
});

describe('notifications after a revocation', () => {
  it('the owner reads them while their role version is current, and not after', async () => {
    const path = `${paths.notifications(fromTeacher.uid)}/n1`;
    await assertSucceeds(getDoc(doc(db(fromTeacher), path)));
    await assertSucceeds(updateDoc(doc(db(fromTeacher), path), { read: true }));
    await env.withSecurityRulesDisabled(async (ctx) => {
      await updateDoc(doc(ctx.firestore(), paths.user(fromTeacher.uid)), {
        role: null,
        roleVersion: 2,
      });
    });
    await assertFails(getDoc(doc(db(fromTeacher), path)));
    await assertFails(getDocs(collection(db(fromTeacher), paths.notifications(fromTeacher.uid))));
    await assertFails(updateDoc(doc(db(fromTeacher), path), { read: false }));
  });
});
