import { onCall } from 'firebase-functions/v2/https';
import {
  confirmTransitionInputSchema,
  paths,
  statusAfterConfirmation,
  transitionSchema,
} from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { parseStored } from '../lib/firestore-data';
import { recomputeOrientationStats } from '../stats/orientation-stats';

const NAME = 'confirmTransition';

/**
 * The receiving school answers its end-of-first-term task (issue 14): is the pupil still
 * enrolled, and the first term's mean mark. "Still enrolled" confirms the transition (a
 * "left school" case is then closed, at the sending school too); "no longer enrolled" makes it
 * a "left school" case. The receiving school's head or referent answers.
 */
export const confirmTransition = onCall(async (request) => {
  const caller = await requireCaller(request, ['head', 'referent'], NAME);
  const input = parseInput(confirmTransitionInputSchema, request.data);
  const ref = db.doc(paths.transition(input.transitionId));
  const result = await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const current = snap.exists ? parseStored(transitionSchema, ref.path, snap.data()) : null;
    if (!current || !('schoolId' in caller) || caller.schoolId !== current.toSchoolId) {
      forbidden(NAME, caller.uid);
    }
    if (current.status === 'confirmed') {
      refuse(
        'failed-precondition',
        { it: 'Il passaggio è già stato confermato.', en: 'The transition was already confirmed.' },
        NAME,
        caller.uid,
      );
    }
    const now = new Date();
    const status = statusAfterConfirmation(input.stillEnrolled);
    tx.update(ref, {
      status,
      confirmation: {
        stillEnrolled: input.stillEnrolled,
        meanMark: input.meanMark,
        notes: input.notes,
        byUid: caller.uid,
        at: now,
      },
      leftSchoolAt: status === 'leftSchool' ? (current.leftSchoolAt ?? now) : null,
    });
    for (const schoolId of [current.toSchoolId, current.fromSchoolId]) {
      auditIn(tx, {
        at: now,
        action: status === 'confirmed' ? 'transitionConfirmed' : 'pupilLeftSchool',
        schoolId,
        pupilId: current.pupilId,
        targetPath: ref.path,
        actorUid: caller.uid,
        changedFields: ['status', 'confirmation'],
      });
    }
    return { fromSchoolId: current.fromSchoolId, status };
  });
  await recomputeOrientationStats(result.fromSchoolId);
  return { transitionId: input.transitionId, status: result.status };
});
