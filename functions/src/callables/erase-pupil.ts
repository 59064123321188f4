import { onCall } from 'firebase-functions/v2/https';
import { paths, pupilRefInputSchema } from '../domain';
import { db } from '../lib/admin';
import { writeAudit } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { deletePupilDocuments } from '../lib/pupil-data';
import { deletePupilReferrals } from './referral-gdpr';
import { deletePupilTransitions } from './transition-gdpr';

const NAME = 'erasePupil';

/**
 * GDPR erasure on request: the head deletes a pupil with every subcollection, in batches, and
 * the transfer requests that named the pupil (sent from or received by this school). The
 * audit entry keeps only the opaque id and the count, no personal data.
 */
export const erasePupil = onCall(async (request) => {
  const caller = await requireCaller(request, ['head'], NAME);
  const input = parseInput(pupilRefInputSchema, request.data);
  if (!('schoolId' in caller) || caller.schoolId !== input.schoolId) forbidden(NAME, caller.uid);
  const exists = (await db.doc(paths.pupil(input.schoolId, input.pupilId)).get()).exists;
  if (!exists) {
    refuse('not-found', { it: 'Alunno non trovato.', en: 'Pupil not found.' }, NAME, caller.uid);
  }
  const deleted =
    (await deletePupilDocuments(input.schoolId, input.pupilId)) +
    (await deleteTransferRequests(input.schoolId, input.pupilId)) +
    (await deletePupilReferrals(input.schoolId, input.pupilId)) +
    (await deletePupilTransitions(input.schoolId, input.pupilId));
  await writeAudit({
    at: new Date(),
    action: 'pupilErased',
    schoolId: input.schoolId,
    pupilId: input.pupilId,
    targetPath: paths.pupil(input.schoolId, input.pupilId),
    actorUid: caller.uid,
    changedFields: [],
  });
  return { deleted };
});

/** The transfer requests of this pupil that involve the school (they carry the pupil's name). */
async function deleteTransferRequests(schoolId: string, pupilId: string): Promise<number> {
  const requests = await db
    .collection(paths.transferRequests())
    .where('pupilId', '==', pupilId)
    .get();
  const ours = requests.docs.filter(
    (d) => d.get('fromSchoolId') === schoolId || d.get('toSchoolId') === schoolId,
  );
  await Promise.all(ours.map((d) => d.ref.delete()));
  return ours.length;
}
