import { FieldValue } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { paths, revokeStaffInputSchema } from '../domain';
import { adminAuth, db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { logs } from '../lib/logs';
import { assertMayChange } from '../lib/staff';

const NAME = 'revokeStaff';

/**
 * Revokes a colleague's role at once: the role version is bumped (the rules refuse their
 * current token from the next request, notifications included), the account is disabled and
 * its refresh tokens revoked (no new token either), the claims are cleared, their
 * notifications (which name pupils) are deleted, and they are taken off the classes and
 * pupils they were assigned to.
 */
export const revokeStaff = onCall(async (request) => {
  const caller = await requireCaller(request, ['head', 'admin'], NAME);
  const { uid } = parseInput(revokeStaffInputSchema, request.data);
  if (uid === caller.uid) {
    refuse(
      'failed-precondition',
      { it: 'Non puoi revocare il tuo stesso ruolo.', en: 'You cannot revoke your own role.' },
      NAME,
      caller.uid,
    );
  }
  const profileRef = db.doc(paths.user(uid));
  const schoolId = await db.runTransaction(async (tx) => {
    const profile = await tx.get(profileRef);
    if (!profile.exists) {
      refuse('not-found', { it: 'Utente non trovato.', en: 'User not found.' }, NAME, caller.uid);
    }
    const school = profile.get('schoolId') as string | null;
    assertMayChange(caller, { schoolId: school, role: profile.get('role') }, NAME);
    tx.update(profileRef, {
      role: null,
      roleVersion: Number(profile.get('roleVersion') ?? 0) + 1,
    });
    auditIn(tx, {
      at: new Date(),
      action: 'roleRevoked',
      schoolId: school,
      pupilId: null,
      targetPath: profileRef.path,
      actorUid: caller.uid,
      changedFields: ['role'],
    });
    return school;
  });
  await adminAuth.updateUser(uid, { disabled: true });
  await adminAuth.revokeRefreshTokens(uid);
  await adminAuth.setCustomUserClaims(uid, {});
  const notifications = await deleteNotifications(uid);
  if (schoolId) await removeAssignments(schoolId, uid);
  logs.staffRevoked(uid, notifications);
  return { revoked: true };
});

async function deleteNotifications(uid: string): Promise<number> {
  const writer = db.bulkWriter();
  const refs = await db.collection(paths.notifications(uid)).listDocuments();
  for (const ref of refs) void writer.delete(ref);
  await writer.close();
  return refs.length;
}

async function removeAssignments(schoolId: string, uid: string): Promise<void> {
  const writer = db.bulkWriter();
  const [taught, coordinated, assigned] = await Promise.all([
    db.collection(paths.classes(schoolId)).where('teacherUids', 'array-contains', uid).get(),
    db.collection(paths.classes(schoolId)).where('coordinatorUid', '==', uid).get(),
    db.collection(paths.pupils(schoolId)).where('assignedUids', 'array-contains', uid).get(),
  ]);
  for (const c of taught.docs)
    void writer.update(c.ref, { teacherUids: FieldValue.arrayRemove(uid) });
  for (const c of coordinated.docs) void writer.update(c.ref, { coordinatorUid: null });
  for (const p of assigned.docs) {
    void writer.update(p.ref, {
      assignedUids: FieldValue.arrayRemove(uid),
      updatedAt: new Date(),
    });
  }
  await writer.close();
}
