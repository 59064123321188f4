import { onCall } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import {
  type FlagReview,
  evidenceKey,
  paths,
  pendingReviewCodes,
  reviewFlagInputSchema,
  reviewedLevel,
  type riskReviewEntrySchema,
  schoolClassSchema,
  storedRiskSchema,
} from '../domain';
import { db } from '../lib/admin';
import { auditIn } from '../lib/audit';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { parseStored } from '../lib/firestore-data';

const NAME = 'reviewFlag';

type ReviewEntry = z.infer<typeof riskReviewEntrySchema>;

/**
 * The class coordinator, the school's referent or the head confirms or dismisses one flag, with a
 * reason. The review holds while the flag's evidence stays the same; the history keeps who
 * decided what, and the audit log that a decision was made (ids only, never the reason).
 */
export const reviewFlag = onCall(async (request) => {
  const caller = await requireCaller(request, ['coordinator', 'referent', 'head'], NAME);
  const input = parseInput(reviewFlagInputSchema, request.data);
  if (!('schoolId' in caller) || caller.schoolId !== input.schoolId) forbidden(NAME, caller.uid);
  const displayName: unknown = (await db.doc(paths.user(caller.uid)).get()).get('displayName');
  const byName = typeof displayName === 'string' ? displayName : caller.uid;

  return db.runTransaction(async (tx) => {
    const riskRef = db.doc(paths.riskCurrent(input.schoolId, input.pupilId));
    const riskSnap = await tx.get(riskRef);
    const risk = riskSnap.exists
      ? parseStored(storedRiskSchema, riskRef.path, riskSnap.data())
      : null;
    const flag = risk?.flags.find((f) => f.code === input.code);
    if (!risk || !flag) {
      refuse(
        'not-found',
        {
          it: 'La segnalazione non è più attiva: ricarica la pagina.',
          en: 'The flag is no longer active: reload the page.',
        },
        NAME,
        caller.uid,
      );
    }
    if (caller.role === 'coordinator') {
      const classSnap = await tx.get(db.doc(paths.schoolClass(input.schoolId, risk.classId)));
      const schoolClass = parseStored(schoolClassSchema, classSnap.ref.path, classSnap.data());
      if (schoolClass?.coordinatorUid !== caller.uid) forbidden(NAME, caller.uid);
    }
    const at = new Date();
    const review: FlagReview = {
      decision: input.decision,
      reason: input.reason,
      byUid: caller.uid,
      byName,
      at,
      evidenceKey: evidenceKey(flag),
    };
    const reviews = { ...risk.reviews, [input.code]: review };
    const level = reviewedLevel(risk.flags, reviews);
    tx.update(riskRef, {
      [`reviews.${input.code}`]: review,
      reviewedLevel: level,
      pendingReview: pendingReviewCodes(risk.flags, reviews),
    });
    tx.create(db.collection(paths.riskHistory(input.schoolId, input.pupilId)).doc(), {
      at,
      cause: 'review',
      code: input.code,
      decision: input.decision,
      reason: input.reason,
      byUid: caller.uid,
      byName,
      level: risk.level,
      reviewedLevel: level,
    } satisfies ReviewEntry);
    auditIn(tx, {
      at,
      action: 'flagReviewed',
      schoolId: input.schoolId,
      pupilId: input.pupilId,
      targetPath: riskRef.path,
      actorUid: caller.uid,
      changedFields: [`reviews.${input.code}`, 'reviewedLevel', 'pendingReview'],
    });
    return { reviewedLevel: level };
  });
});
