import { onCall } from 'firebase-functions/v2/https';
import { type Referral, paths, referralSchema, sendReferralBackInputSchema } from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { parseInput, refuse, requireCaller } from '../lib/callable';
import { NOT_FOUND, callerName, readReferral } from './referral-common';

const NAME = 'sendReferralBack';

/**
 * A service refers back to the school, about a pupil it received a referral for (the only way
 * an operator knows a pupil): a new referral of origin "service", addressed to the school,
 * with the family's consent the service recorded. It shares no pupil data (the school has it).
 */
export const sendReferralBack = onCall(async (request) => {
  const caller = await requireCaller(request, ['operator'], NAME);
  const input = parseInput(sendReferralBackInputSchema, request.data);
  const byName = await callerName(caller.uid);

  return db.runTransaction(async (tx) => {
    const parent = await readReferral(tx, input.referralId, NAME, caller.uid);
    if (
      caller.role !== 'operator' ||
      parent.origin !== 'school' ||
      parent.organizationId !== caller.organizationId ||
      parent.districtId !== caller.districtId
    ) {
      refuse('not-found', NOT_FOUND, NAME, caller.uid);
    }
    const now = new Date();
    const referral: Referral = referralSchema.parse({
      ...parent,
      origin: 'service',
      reason: input.reason,
      urgency: input.urgency,
      request: input.request,
      sharedFields: [],
      consent: { ...input.consent, withdrawnAt: null },
      dueDate: input.dueDate,
      status: 'requested',
      history: [{ status: 'requested', at: now, byUid: caller.uid, byName, reason: '' }],
      outcome: null,
      respondedAt: null,
      familyMeetingId: null,
      parentReferralId: input.referralId,
      createdBy: caller.uid,
      createdByName: byName,
      createdAt: now,
      updatedAt: now,
    } satisfies Referral);
    const ref = db.collection(paths.referrals()).doc();
    tx.set(ref, referral);
    auditIn(tx, {
      at: now,
      action: 'referralSent',
      schoolId: parent.schoolId,
      pupilId: parent.pupilId,
      targetPath: ref.path,
      actorUid: caller.uid,
      changedFields: ['status'],
    });
    return { referralId: ref.id };
  });
});
