import { onCall } from 'firebase-functions/v2/https';
import {
  CLOSED_REFERRAL_STATUSES,
  type Referral,
  paths,
  referralActor,
  referralSchema,
  withdrawReferralConsentInputSchema,
} from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { NOT_FOUND, callerName, callerSide, readReferral } from './referral-common';

const NAME = 'withdrawReferralConsent';

export const CONSENT_WITHDRAWN_REASON = 'Consenso della famiglia revocato';

/**
 * The family withdraws its consent: the sender records it. In one transaction the shared copy
 * of the pupil's data is deleted (the receiver reads nothing more at once; the rules also deny
 * it once `consent.withdrawnAt` is set), and an open referral is cancelled with that reason.
 */
export const withdrawReferralConsent = onCall(async (request) => {
  const caller = await requireCaller(
    request,
    ['operator', 'referent', 'head', 'coordinator'],
    NAME,
  );
  const input = parseInput(withdrawReferralConsentInputSchema, request.data);
  const byName = await callerName(caller.uid);

  return db.runTransaction(async (tx) => {
    const referral = await readReferral(tx, input.referralId, NAME, caller.uid);
    const side = await callerSide(tx, caller, referral);
    if (!side || referralActor(referral, side) !== 'sender') {
      refuse('not-found', NOT_FOUND, NAME, caller.uid);
    }
    if (referral.consent.withdrawnAt) {
      refuse(
        'failed-precondition',
        { it: 'Il consenso è già stato revocato.', en: 'Consent was already withdrawn.' },
        NAME,
        caller.uid,
      );
    }
    const now = new Date();
    const open = !CLOSED_REFERRAL_STATUSES.includes(referral.status);
    const next: Referral = referralSchema.parse({
      ...referral,
      consent: { ...referral.consent, withdrawnAt: now },
      status: open ? 'cancelled' : referral.status,
      history: open
        ? [
            ...referral.history,
            {
              status: 'cancelled',
              at: now,
              byUid: caller.uid,
              byName,
              reason: CONSENT_WITHDRAWN_REASON,
            },
          ]
        : referral.history,
      updatedAt: now,
    } satisfies Referral);
    const ref = db.doc(paths.referral(input.referralId));
    tx.set(ref, next);
    tx.delete(db.doc(paths.referralShared(input.referralId)));
    auditIn(tx, {
      at: now,
      action: 'referralConsentWithdrawn',
      schoolId: referral.schoolId,
      pupilId: referral.pupilId,
      targetPath: ref.path,
      actorUid: caller.uid,
      changedFields: open ? ['consent', 'status'] : ['consent'],
    });
    return { status: next.status };
  });
});
