import { onCall } from 'firebase-functions/v2/https';
import {
  type FlagReview,
  evidenceKey,
  paths,
  reviewFlagInputSchema,
  reviewedLevel,
  riskFlagSchema,
  schoolClassSchema,
} from '../domain';
import { db } from '../lib/admin';
import { forbidden, parseInput, refuse, requireCaller } from '../lib/callable';
import { parseStored, toDomain } from '../lib/firestore-data';

const NAME = 'reviewFlag';

/**
 * The class coordinator or the school's referent confirms or dismisses one flag, with a
 * reason. The review holds while the flag's evidence stays the same; the history keeps who
 * decided what.
 */
export const reviewFlag = onCall(async (request) => {
  const caller = await requireCaller(request, ['coordinator', 'referent'], NAME);
  const input = parseInput(reviewFlagInputSchema, request.data);
  if (!('schoolId' in caller) || caller.schoolId !== input.schoolId) forbidden(NAME, caller.uid);
  const byName = (await db.doc(paths.user(caller.uid)).get()).get('displayName') ?? caller.uid;

  return db.runTransaction(async (tx) => {
    const riskRef = db.doc(paths.riskCurrent(input.schoolId, input.pupilId));
    const risk = await tx.get(riskRef);
    const flags = riskFlagSchema.array().safeParse(risk.get('flags'));
    const flag = flags.success ? flags.data.find((f) => f.code === input.code) : undefined;
    if (!risk.exists || !flag) {
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
      const classSnap = await tx.get(
        db.doc(paths.schoolClass(input.schoolId, String(risk.get('classId')))),
      );
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
    const reviews = {
      ...((toDomain(risk.get('reviews')) ?? {}) as Record<string, FlagReview>),
      [input.code]: review,
    };
    const level = reviewedLevel(flags.success ? flags.data : [], reviews);
    tx.update(riskRef, { [`reviews.${input.code}`]: review, reviewedLevel: level });
    tx.create(db.collection(paths.riskHistory(input.schoolId, input.pupilId)).doc(), {
      at,
      cause: 'review',
      code: input.code,
      decision: input.decision,
      reason: input.reason,
      byUid: caller.uid,
      byName,
      level: risk.get('level'),
      reviewedLevel: level,
    });
    return { reviewedLevel: level };
  });
});
