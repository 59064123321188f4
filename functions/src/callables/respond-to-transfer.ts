import { onCall } from 'firebase-functions/v2/https';
import { paths, respondToTransferInputSchema } from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { runTransferJob } from '../lib/transfer-job';

const NAME = 'respondToTransfer';

/**
 * The receiving head accepts (choosing the class: required when the sender proposed none) or
 * rejects a transfer request. On acceptance the copy runs (`runTransferJob`); a failure leaves the
 * request `accepted` and calling again with `accept: true` resumes it.
 */
export const respondToTransfer = onCall({ timeoutSeconds: 300 }, async (request) => {
  const caller = await requireCaller(request, ['head'], NAME);
  const input = parseInput(respondToTransferInputSchema, request.data);
  const ref = db.doc(paths.transferRequest(input.requestId));
  const now = new Date();
  await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) {
      refuse(
        'not-found',
        { it: 'Richiesta non trovata.', en: 'Request not found.' },
        NAME,
        caller.uid,
      );
    }
    const toSchoolId = snap.get('toSchoolId') as string;
    if (!('schoolId' in caller) || caller.schoolId !== toSchoolId) forbidden(NAME, caller.uid);
    const status = snap.get('status') as string;
    // A retry of an accepted request only resumes the copy.
    if (status === 'accepted' && input.accept) return;
    if (status !== 'requested') {
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
    const toClassId = input.toClassId ?? (snap.get('toClassId') as string | null);
    if (input.accept) {
      if (!toClassId) {
        refuse(
          'failed-precondition',
          {
            it: 'Scegli la classe in cui inserire l’alunno.',
            en: 'Choose the class the pupil joins.',
          },
          NAME,
          caller.uid,
        );
      }
      const klass = await tx.get(db.doc(paths.schoolClass(toSchoolId, toClassId)));
      if (!klass.exists) {
        refuse(
          'not-found',
          { it: 'Classe di destinazione non trovata.', en: 'Destination class not found.' },
          NAME,
          caller.uid,
        );
      }
    }
    tx.update(ref, {
      status: input.accept ? 'accepted' : 'rejected',
      toClassId,
      decidedBy: caller.uid,
      decidedAt: now,
    });
    auditIn(tx, {
      at: now,
      action: input.accept ? 'transferAccepted' : 'transferRejected',
      schoolId: toSchoolId,
      pupilId: snap.get('pupilId') as string,
      targetPath: ref.path,
      actorUid: caller.uid,
      changedFields: [],
    });
  });
  const status = input.accept ? await runTransferJob(input.requestId) : 'rejected';
  return { requestId: input.requestId, status };
});
