import { onCall } from 'firebase-functions/v2/https';
import {
  REFERRAL_STATUS_LABELS,
  type Referral,
  canTransition,
  paths,
  referralActor,
  referralSchema,
  updateReferralStatusInputSchema,
} from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { NOT_FOUND, callerName, callerSide, readReferral } from './referral-common';

const NAME = 'updateReferralStatus';

/**
 * One change of status, with who and why, appended to the referral's history. The receiver
 * (an operator of the addressed organisation, or the school for a service's referral back)
 * accepts, rejects, starts, holds or completes it, completing with the family's outcome; the
 * sender cancels. Any other move is refused (`canTransition`).
 */
export const updateReferralStatus = onCall(async (request) => {
  const caller = await requireCaller(
    request,
    ['operator', 'referent', 'head', 'coordinator'],
    NAME,
  );
  const input = parseInput(updateReferralStatusInputSchema, request.data);
  const byName = await callerName(caller.uid);

  return db.runTransaction(async (tx) => {
    const referral = await readReferral(tx, input.referralId, NAME, caller.uid);
    const side = await callerSide(tx, caller, referral);
    if (!side) refuse('not-found', NOT_FOUND, NAME, caller.uid);
    const actor = referralActor(referral, side);
    if (!canTransition(referral.status, input.status, actor)) {
      const from = REFERRAL_STATUS_LABELS[referral.status];
      const to = REFERRAL_STATUS_LABELS[input.status];
      refuse(
        'failed-precondition',
        {
          it: `Passaggio non consentito: da «${from.it}» a «${to.it}».`,
          en: `Change not allowed: from “${from.en}” to “${to.en}”.`,
        },
        NAME,
        caller.uid,
      );
    }
    const now = new Date();
    const answers = input.status === 'accepted' || input.status === 'rejected';
    const next: Referral = referralSchema.parse({
      ...referral,
      status: input.status,
      outcome:
        input.status === 'completed' || input.status === 'rejected'
          ? (input.outcome ?? referral.outcome)
          : referral.outcome,
      respondedAt: referral.respondedAt ?? (answers ? now : null),
      history: [
        ...referral.history,
        { status: input.status, at: now, byUid: caller.uid, byName, reason: input.reason },
      ],
      updatedAt: now,
    } satisfies Referral);
    const ref = db.doc(paths.referral(input.referralId));
    tx.set(ref, next);
    auditIn(tx, {
      at: now,
      action: 'referralStatusChanged',
      schoolId: referral.schoolId,
      pupilId: referral.pupilId,
      targetPath: ref.path,
      actorUid: caller.uid,
      changedFields: next.outcome !== referral.outcome ? ['status', 'outcome'] : ['status'],
    });
    return { status: next.status };
  });
});
