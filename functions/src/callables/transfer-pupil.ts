import { onCall } from 'firebase-functions/v2/https';
import { RECORD_KINDS, paths, transferPupilInputSchema } from '../domain';
import { db } from '../lib/admin';
import { writeAudit } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { deletePupilDocuments, readPupilDocuments } from '../lib/pupil-data';

const NAME = 'transferPupil';

/**
 * A pupil moves to another school: the sending head's transfer copies the pupil and every
 * record there (ownership moves: school ids rewritten, assignments of the old school's staff
 * dropped), then removes them from the old school, which loses access. Flags are recomputed
 * at the destination by the usual triggers.
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
  const targetClass = await db.doc(paths.schoolClass(input.toSchoolId, input.toClassId)).get();
  if (!targetClass.exists) {
    refuse(
      'not-found',
      { it: 'Classe di destinazione non trovata.', en: 'Destination class not found.' },
      NAME,
      caller.uid,
    );
  }
  const data = await readPupilDocuments(input.schoolId, input.pupilId);
  if (!data) {
    refuse('not-found', { it: 'Alunno non trovato.', en: 'Pupil not found.' }, NAME, caller.uid);
  }
  const now = new Date();
  const target = db.doc(paths.pupil(input.toSchoolId, input.pupilId));
  if ((await target.get()).exists) {
    refuse(
      'failed-precondition',
      {
        it: 'La scuola di destinazione ha già un alunno con questo identificativo.',
        en: 'The destination school already has a pupil with this id.',
      },
      NAME,
      caller.uid,
    );
  }
  const writer = db.bulkWriter();
  // Records first, the pupil last: the pupil's own trigger then sees every record at once.
  for (const kind of RECORD_KINDS) {
    for (const record of data.collections[kind] ?? []) {
      void writer.set(
        db.doc(`${paths.records(input.toSchoolId, input.pupilId, kind)}/${record.id}`),
        {
          ...record.data,
          schoolId: input.toSchoolId,
        },
      );
    }
  }
  for (const entry of data.collections.riskHistory ?? []) {
    void writer.set(
      db.doc(`${paths.riskHistory(input.toSchoolId, input.pupilId)}/${entry.id}`),
      entry.data,
    );
  }
  await writer.close();
  await target.set({
    ...data.pupil,
    schoolId: input.toSchoolId,
    classId: input.toClassId,
    assignedUids: [],
    updatedAt: now,
  });
  await deletePupilDocuments(input.schoolId, input.pupilId);
  for (const [action, schoolId] of [
    ['pupilTransferredOut', input.schoolId],
    ['pupilTransferredIn', input.toSchoolId],
  ] as const) {
    await writeAudit({
      at: now,
      action,
      schoolId,
      pupilId: input.pupilId,
      targetPath: paths.pupil(schoolId, input.pupilId),
      actorUid: caller.uid,
      changedFields: [],
    });
  }
  return { schoolId: input.toSchoolId, pupilId: input.pupilId };
});
