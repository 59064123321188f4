import type { Transaction } from 'firebase-admin/firestore';
import { type Referral, paths, referralSchema, schoolClassSchema } from '../domain';
import { db } from '../lib/admin';
import { type CallerClaims, refuse } from '../lib/callable';
import { parseStored } from '../lib/firestore-data';

// What the referral callables share: the caller's name for the history, the referral read in
// the transaction, and which side of it the caller is on.

/** The caller's display name as the history keeps it. */
export async function callerName(uid: string): Promise<string> {
  const displayName: unknown = (await db.doc(paths.user(uid)).get()).get('displayName');
  return typeof displayName === 'string' && displayName.trim() ? displayName : uid;
}

export const NOT_FOUND = {
  it: 'Invio non trovato, o non è rivolto a te.',
  en: 'Referral not found, or not addressed to you.',
};

/** Reads and parses the referral inside the transaction; refuses when it does not exist. */
export async function readReferral(
  tx: Transaction,
  referralId: string,
  name: string,
  uid: string,
): Promise<Referral> {
  const ref = db.doc(paths.referral(referralId));
  const snap = await tx.get(ref);
  const referral = snap.exists ? parseStored(referralSchema, ref.path, snap.data()) : null;
  if (!referral) refuse('not-found', NOT_FOUND, name, uid);
  return referral;
}

/**
 * Which side the caller is on, or null: an operator of the referral's organisation (and
 * Ambito), or the school's head or referent, the coordinator of the pupil's class, or the
 * person who sent it.
 */
export async function callerSide(
  tx: Transaction,
  caller: CallerClaims,
  referral: Referral,
): Promise<'school' | 'organization' | null> {
  if (caller.role === 'operator') {
    return caller.organizationId === referral.organizationId &&
      caller.districtId === referral.districtId
      ? 'organization'
      : null;
  }
  if (!('schoolId' in caller) || caller.schoolId !== referral.schoolId) return null;
  if (caller.role === 'head' || caller.role === 'referent') return 'school';
  if (referral.createdBy === caller.uid) return 'school';
  if (caller.role === 'coordinator') {
    const snap = await tx.get(db.doc(paths.schoolClass(referral.schoolId, referral.classId)));
    const schoolClass = snap.exists
      ? parseStored(schoolClassSchema, snap.ref.path, snap.data())
      : null;
    if (schoolClass?.coordinatorUid === caller.uid) return 'school';
  }
  return null;
}
