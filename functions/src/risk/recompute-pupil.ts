import type { z } from 'zod';
import {
  assessRisk,
  carryOverReviews,
  type FollowUpOwner,
  paths,
  pendingReviewCodes,
  pupilNeedOf,
  pupilSchema,
  type PupilSnapshot,
  reviewedLevel,
  type RiskLevel,
  riskLevelRank,
  type RiskNotification,
  riskNotificationId,
  type riskRecomputeEntrySchema,
  schoolClassSchema,
  schoolSchema,
  type StoredFollowUp,
  storedOrientationSchema,
  type StoredRisk,
  summarizePupil,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored } from '../lib/firestore-data';
import { logs } from '../lib/logs';
import { assessmentKey, flagSetKey, needKey } from './recompute-keys';
import { groupedNotification } from './recompute-notification';
import { assignedStaff, existingBefore, orReferents } from './recompute-owners';
import { readPreviousNeed, readPreviousRisk, readRecords, storedReviews } from './recompute-reads';

export type RecomputeOutcome =
  { status: 'unchanged' | 'updated'; level: RiskLevel } | { status: 'skipped'; reason: string };

type RecomputeEntry = z.infer<typeof riskRecomputeEntrySchema>;

/** `storedFollowUpSchema.ownerUids` holds at most this many people. */
const MAX_OWNERS = 50;

/**
 * Recomputes one pupil's flags from the source records (never incrementally, so retried and
 * duplicated events are harmless) and writes `risk/current` only when the result changed,
 * plus a `riskHistory` entry when the level or the set of flags changed, plus the day's grouped
 * notification to the class coordinator and the referents when the level rose. Reads and writes
 * happen in one transaction, so two concurrent recomputes cannot interleave a stale result.
 */
export function recomputePupilRisk(
  schoolId: string,
  pupilId: string,
  asOf: Date = new Date(),
): Promise<RecomputeOutcome> {
  return db.runTransaction(async (tx) => {
    const riskRef = db.doc(paths.riskCurrent(schoolId, pupilId));
    const needRef = db.doc(paths.needCurrent(schoolId, pupilId));
    const [schoolSnap, pupilSnap, riskSnap, needSnap] = await Promise.all([
      tx.get(db.doc(paths.school(schoolId))),
      tx.get(db.doc(paths.pupil(schoolId, pupilId))),
      tx.get(riskRef),
      tx.get(needRef),
    ]);
    if (!pupilSnap.exists) {
      // Erased or transferred: never write under a pupil that is gone.
      if (riskSnap.exists) tx.delete(riskRef);
      if (needSnap.exists) tx.delete(needRef);
      return skipped(schoolId, pupilId, 'pupil missing');
    }
    const school = parseStored(schoolSchema, schoolSnap.ref.path, schoolSnap.data());
    const pupil = parseStored(pupilSchema, pupilSnap.ref.path, pupilSnap.data());
    if (!school || !pupil) return skipped(schoolId, pupilId, 'invalid school or pupil');
    const [classSnap, referentSnaps, assignedSnaps, records, orientationSnaps] = await Promise.all([
      tx.get(db.doc(paths.schoolClass(schoolId, pupil.classId))),
      tx.get(
        db
          .collection(paths.users())
          .where('schoolId', '==', schoolId)
          .where('role', '==', 'referent'),
      ),
      pupil.assignedUids.length > 0
        ? tx.getAll(...pupil.assignedUids.map((uid) => db.doc(paths.user(uid))))
        : Promise.resolve([]),
      readRecords(tx, schoolId, pupilId),
      tx.get(db.collection(paths.orientation(schoolId, pupilId))),
    ]);
    const schoolClass = parseStored(schoolClassSchema, classSnap.ref.path, classSnap.data());
    if (!schoolClass) return skipped(schoolId, pupilId, 'class missing or invalid');

    // Orientation records feed the exam checklist's follow-up only (issue 14).
    const orientation = orientationSnaps.docs
      .map((d) => parseStored(storedOrientationSchema, d.ref.path, d.data()))
      .filter((o) => o !== null);
    const snapshot: PupilSnapshot = { pupil, schoolClass, ...records, orientation };
    const context = {
      asOf,
      thresholds: school.settings.thresholds,
      naiMonths: school.settings.naiMonths,
      termSystem: school.settings.termSystem,
    };
    const result = assessRisk(snapshot, context);
    const referents = referentSnaps.docs.map((d) => d.id).sort();
    const owners: Record<FollowUpOwner, string[]> = {
      // A class without a coordinator leaves its tasks to the referents, like `assigned`.
      coordinator: schoolClass.coordinatorUid ? [schoolClass.coordinatorUid] : referents,
      referent: referents,
      assigned: orReferents(assignedStaff(assignedSnaps, schoolId), referents),
    };
    const followUps: StoredFollowUp[] = result.followUps.map((f) => ({
      ...f,
      ownerUids: owners[f.owner].slice(0, MAX_OWNERS),
    }));
    const previous = readPreviousRisk(riskSnap);
    const reviews = carryOverReviews(result.flags, previous?.reviews ?? storedReviews(riskSnap));
    const next = {
      ...result,
      followUps,
      reviews,
      reviewedLevel: reviewedLevel(result.flags, reviews),
      pendingReview: pendingReviewCodes(result.flags, reviews),
      followUpOwnerUids: [...new Set(followUps.flatMap((f) => f.ownerUids))].sort(),
      classId: pupil.classId,
      schoolId,
      computedAt: asOf,
      summary: summarizePupil(snapshot, context),
    } satisfies StoredRisk;
    // What educators and L2 teachers see: written apart, and only when it changed (a new
    // document for pupils assessed before it existed, even when the flags did not change).
    const need = pupilNeedOf(next);
    const needChanged = needKey(readPreviousNeed(needSnap)) !== needKey(need);
    if (previous && assessmentKey(previous) === assessmentKey(next)) {
      if (needChanged) tx.set(needRef, need);
      logs.riskUpdated(schoolId, pupilId, next.level, false);
      return { status: 'unchanged', level: next.level };
    }

    // Transactions read everything before the first write. A first assessment (or one that
    // replaces an older engine's document) is no rise: the review queue shows its flags, and a
    // notification for every pupil of a fresh import or of the seed would be noise.
    const rose = previous !== null && riskLevelRank(next.level) > riskLevelRank(previous.level);
    const recipients = rose
      ? await existingBefore(asOf, [schoolClass.coordinatorUid, ...referents])
      : [];
    const day = asOf.toISOString().slice(0, 10);
    const notificationRefs = recipients.map((uid) =>
      db.doc(`${paths.user(uid)}/notifications/${riskNotificationId(day)}`),
    );
    const notificationSnaps =
      notificationRefs.length > 0 ? await tx.getAll(...notificationRefs) : [];

    tx.set(riskRef, next);
    if (needChanged) tx.set(needRef, need);
    if (!previous || flagSetKey(previous) !== flagSetKey(next)) {
      tx.create(db.collection(paths.riskHistory(schoolId, pupilId)).doc(), {
        at: asOf,
        cause: 'recompute',
        level: next.level,
        previousLevel: previous?.level ?? null,
        flags: next.flags.map((f) => ({ code: f.code, level: f.level })),
        engineVersion: next.engineVersion,
      } satisfies RecomputeEntry);
    }
    const entry: RiskNotification['pupils'][number] = {
      pupilId,
      pupilName: `${pupil.lastName} ${pupil.firstName}`,
      className: schoolClass.name,
      level: next.level,
      previousLevel: previous?.level ?? 'green',
    };
    for (const snap of notificationSnaps) {
      tx.set(snap.ref, groupedNotification(snap, { schoolId, day, asOf, entry }));
    }
    logs.riskUpdated(schoolId, pupilId, next.level, true);
    return { status: 'updated', level: next.level };
  });
}

function skipped(schoolId: string, pupilId: string, reason: string): RecomputeOutcome {
  logs.riskSkipped(schoolId, pupilId, reason);
  return { status: 'skipped', reason };
}
