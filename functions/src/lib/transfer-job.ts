import {
  DEFAULT_NAI_MONTHS,
  type TransferRequest,
  paths,
  planTransferCopy,
  schoolSchema,
  transferRequestSchema,
  transitionFromTransfer,
} from '../domain';
import { db } from './admin';
import { auditIn } from './audit';
import { parseStored } from './firestore-data';
import { logs } from './logs';
import { deletePupilDocuments, readPupilDocuments } from './pupil-data';

/** Test seam: runs between the copy and the final transaction (a crash there is retried). */
export interface TransferJobHooks {
  afterCopy?: () => Promise<void> | void;
}

async function readRequest(requestId: string): Promise<TransferRequest | null> {
  const snap = await db.doc(paths.transferRequest(requestId)).get();
  return snap.exists ? parseStored(transferRequestSchema, snap.ref.path, snap.data()) : null;
}

/**
 * The copy of an accepted transfer, safe to run again after a crash at any point:
 * 1. every record and the risk history are written at the receiving school under the same
 *    ids (overwriting on a retry), in batches; the request records `copiedAt`;
 * 2. one transaction writes the receiving pupil, deletes the sending pupil and marks the
 *    request completed, so the pupil is in exactly one school at every moment (the copied
 *    records are unreadable until their pupil exists: the rules read the pupil document);
 * 3. what is left under the old pupil (records, risk, notifications) is deleted; a retry of a
 *    completed request only repeats this cleanup.
 */
export async function runTransferJob(
  requestId: string,
  hooks: TransferJobHooks = {},
): Promise<TransferRequest['status'] | null> {
  const request = await readRequest(requestId);
  if (!request) return null;
  const { fromSchoolId, toSchoolId, pupilId } = request;
  if (request.status === 'completed') {
    await deletePupilDocuments(fromSchoolId, pupilId);
    return 'completed';
  }
  if (request.status !== 'accepted') return request.status;

  const source = await readPupilDocuments(fromSchoolId, pupilId);
  if (!source) return request.status;
  const now = new Date();
  const plan = planTransferCopy(request, source, now);
  const writer = db.bulkWriter();
  for (const copy of plan.records) void writer.set(db.doc(copy.path), copy.data);
  await writer.close();
  await db.doc(paths.transferRequest(requestId)).update({ copiedAt: now });
  logs.transfer(requestId, 'copied');
  await hooks.afterCopy?.();

  // The handover sheet and the receiving school's end-of-term check (issue 14).
  const toSchoolSnap = await db.doc(paths.school(toSchoolId)).get();
  const toSchool = parseStored(schoolSchema, toSchoolSnap.ref.path, toSchoolSnap.data());
  const transition = transitionFromTransfer({
    requestId,
    request,
    districtId: toSchool?.districtId ?? null,
    receiving: { termSystem: toSchool?.settings.termSystem ?? 'quadrimestri' },
    naiMonths: toSchool?.settings.naiMonths ?? DEFAULT_NAI_MONTHS,
    source,
    now,
  });
  const requestRef = db.doc(paths.transferRequest(requestId));
  const sourceRef = db.doc(paths.pupil(fromSchoolId, pupilId));
  const completed = await db.runTransaction(async (tx) => {
    const [current, sourcePupil] = await Promise.all([tx.get(requestRef), tx.get(sourceRef)]);
    if (current.get('status') !== 'accepted' || !sourcePupil.exists) return false;
    tx.set(db.doc(plan.pupil.path), plan.pupil.data);
    tx.delete(sourceRef);
    tx.update(requestRef, { status: 'completed', completedAt: now });
    tx.set(db.doc(paths.transition(requestId)), transition);
    for (const [action, schoolId] of [
      ['pupilTransferredOut', fromSchoolId],
      ['pupilTransferredIn', toSchoolId],
    ] as const) {
      // Deterministic ids: a retried transaction writes the same two entries.
      auditIn(
        tx,
        {
          at: now,
          action,
          schoolId,
          pupilId,
          targetPath: paths.pupil(schoolId, pupilId),
          actorUid: request.decidedBy,
          changedFields: [],
        },
        `${requestId}-${action}`,
      );
    }
    return true;
  });
  if (completed) logs.transfer(requestId, 'completed');
  await deletePupilDocuments(fromSchoolId, pupilId);
  return completed ? 'completed' : request.status;
}
