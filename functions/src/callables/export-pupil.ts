import { onCall } from 'firebase-functions/v2/https';
import { paths, pupilRefInputSchema } from '../domain';
import { writeAudit } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { readPupilDocuments } from '../lib/pupil-data';

const NAME = 'exportPupil';

/** GDPR access/portability: the head exports every document held about one pupil. */
export const exportPupil = onCall(async (request) => {
  const caller = await requireCaller(request, ['head'], NAME);
  const input = parseInput(pupilRefInputSchema, request.data);
  if (!('schoolId' in caller) || caller.schoolId !== input.schoolId) forbidden(NAME, caller.uid);
  const data = await readPupilDocuments(input.schoolId, input.pupilId);
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
    }),
  ) as unknown;
});
