import { onCall } from 'firebase-functions/v2/https';
import { cancelTransferInputSchema, paths } from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';

const NAME = 'cancelTransfer';

/** The sending head withdraws a request the receiving head has not decided yet. */
export const cancelTransfer = onCall(async (request) => {
  const caller = await requireCaller(request, ['head'], NAME);
  const { requestId } = parseInput(cancelTransferInputSchema, request.data);
  const ref = db.doc(paths.transferRequest(requestId));
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const fromSchoolId = snap.get('fromSchoolId') as string | undefined;
    if (!snap.exists || !('schoolId' in caller) || caller.schoolId !== fromSchoolId) {
      forbidden(NAME, caller.uid);
    }
    if (snap.get('status') !== 'requested') {
      refuse(
        'failed-precondition',
        {
          it: 'La richiesta è già stata decisa o annullata.',
          en: 'The request was already decided or cancelled.',
        },
        NAME,
        caller.uid,
      );
    }
    const now = new Date();
    tx.update(ref, { status: 'cancelled', decidedBy: caller.uid, decidedAt: now });
    auditIn(tx, {
      at: now,
      action: 'transferCancelled',
      schoolId: fromSchoolId,
      pupilId: snap.get('pupilId') as string,
      targetPath: ref.path,
      actorUid: caller.uid,
      changedFields: [],
    });
  });
  return { requestId, status: 'cancelled' as const };
});
