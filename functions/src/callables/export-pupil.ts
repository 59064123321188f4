import { onCall } from 'firebase-functions/v2/https';
import { paths, pupilRefInputSchema } from '../domain';
import { db } from '../lib/admin';
import { writeAudit } from '../lib/audit';
import { toDomain } from '../lib/firestore-data';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { readPupilDocuments } from '../lib/pupil-data';
import { readPupilReferrals } from './referral-gdpr';
import { readPupilTransitions } from './transition-gdpr';

const NAME = 'exportPupil';

/** GDPR access/portability: the head exports every document held about one pupil. */
export const exportPupil = onCall(async (request) => {
  const caller = await requireCaller(request, ['head'], NAME);
  const input = parseInput(pupilRefInputSchema, request.data);
  if (!('schoolId' in caller) || caller.schoolId !== input.schoolId) forbidden(NAME, caller.uid);
  const data = await readPupilDocuments(input.schoolId, input.pupilId);
  const referrals = await readPupilReferrals(input.schoolId, input.pupilId);
  const transitions = await readPupilTransitions(input.schoolId, input.pupilId);
  const transferRequests = await readPupilTransferRequests(input.schoolId, input.pupilId);
  if (!data) {
    refuse('not-found', { it: 'Alunno non trovato.', en: 'Pupil not found.' }, NAME, caller.uid);
  }
  await writeAudit({
    at: new Date(),
    action: 'pupilExported',
    schoolId: input.schoolId,
    pupilId: input.pupilId,
    targetPath: paths.pupil(input.schoolId, input.pupilId),
    actorUid: caller.uid,
    changedFields: [],
  });
  // Dates travel as ISO strings in the callable's JSON.
  return JSON.parse(
    JSON.stringify({
      exportedAt: new Date(),
      schoolId: input.schoolId,
      pupilId: input.pupilId,
      ...data,
      referrals,
      transitions,
      transferRequests,
    }),
  ) as unknown;
});

/**
 * The pupil's transfer requests that involve the school, out or in (they carry the pupil's name
 * and who asked and decided): outside the pupil's documents, so listed here, as the erasure
 * deletes the same ones.
 */
async function readPupilTransferRequests(
  schoolId: string,
  pupilId: string,
): Promise<{ id: string; data: unknown }[]> {
  const requests = await db
    .collection(paths.transferRequests())
    .where('pupilId', '==', pupilId)
    .get();
  return requests.docs
    .filter((d) => d.get('fromSchoolId') === schoolId || d.get('toSchoolId') === schoolId)
    .map((d) => ({ id: d.id, data: toDomain(d.data()) }));
}
