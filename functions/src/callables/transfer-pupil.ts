import { onCall } from 'firebase-functions/v2/https';
import {
  type TransferRequest,
  isOpenTransfer,
  paths,
  transferPupilInputSchema,
  transferRequestId,
} from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';

const NAME = 'transferPupil';

/**
 * The sending head asks for a pupil to move to another school: a `transferRequests` document
 * the receiving head accepts, choosing the class, or rejects (`respondToTransfer`). Nothing
 * moves until then.
 */
export const transferPupil = onCall(async (request) => {
  const caller = await requireCaller(request, ['head'], NAME);
  const input = parseInput(transferPupilInputSchema, request.data);
  if (!('schoolId' in caller) || caller.schoolId !== input.schoolId) forbidden(NAME, caller.uid);
  if (input.toSchoolId === input.schoolId) {
    refuse(
      'failed-precondition',
      { it: 'Scegli una scuola diversa.', en: 'Choose a different school.' },
      NAME,
      caller.uid,
    );
  }
  const [targetSchool, pupil, ownSchool] = await Promise.all([
    db.doc(paths.school(input.toSchoolId)).get(),
    db.doc(paths.pupil(input.schoolId, input.pupilId)).get(),
    db.doc(paths.school(input.schoolId)).get(),
  ]);
  if (!targetSchool.exists) {
    refuse(
      'not-found',
      { it: 'Scuola di destinazione non trovata.', en: 'Destination school not found.' },
      NAME,
      caller.uid,
    );
  }
  if (!pupil.exists) {
    refuse('not-found', { it: 'Alunno non trovato.', en: 'Pupil not found.' }, NAME, caller.uid);
  }
  const requestId = transferRequestId(input.schoolId, input.pupilId);
  const ref = db.doc(paths.transferRequest(requestId));
  const now = new Date();
  await db.runTransaction(async (tx) => {
    const existing = await tx.get(ref);
    if (existing.exists && isOpenTransfer(existing.get('status') as TransferRequest['status'])) {
      refuse(
        'failed-precondition',
        {
          it: 'C’è già una richiesta di trasferimento aperta per questo alunno.',
          en: 'There is already an open transfer request for this pupil.',
        },
        NAME,
        caller.uid,
      );
    }
    const created: TransferRequest = {
      fromSchoolId: input.schoolId,
      toSchoolId: input.toSchoolId,
      pupilId: input.pupilId,
      pupilName: `${String(pupil.get('lastName'))} ${String(pupil.get('firstName'))}`,
      fromSchoolName: String(ownSchool.get('name') ?? input.schoolId),
      toSchoolName: String(targetSchool.get('name') ?? input.toSchoolId),
      toClassId: input.toClassId ?? null,
      requestedBy: caller.uid,
      requestedAt: now,
      status: 'requested',
      decidedBy: null,
      decidedAt: null,
      copiedAt: null,
      completedAt: null,
    };
    tx.set(ref, created);
    auditIn(tx, {
      at: now,
      action: 'transferRequested',
      schoolId: input.schoolId,
      pupilId: input.pupilId,
      targetPath: ref.path,
      actorUid: caller.uid,
      changedFields: [],
    });
  });
  return { requestId, status: 'requested' as const };
});
