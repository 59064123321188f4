import { onCall } from 'firebase-functions/v2/https';
import { paths, pupilRefInputSchema } from '../domain';
import { db } from '../lib/admin';
import { writeAudit } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { deletePupilDocuments } from '../lib/pupil-data';

const NAME = 'erasePupil';

/**
 * GDPR erasure on request: the head deletes a pupil with every subcollection, in batches. The
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
  const deleted = await deletePupilDocuments(input.schoolId, input.pupilId);
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
