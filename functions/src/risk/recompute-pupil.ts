import type { DocumentSnapshot, Transaction } from 'firebase-admin/firestore';
import type { z } from 'zod';
import {
  RECORD_KINDS,
  STORED_RECORD_SCHEMAS,
  NOTIFICATION_MAX_PUPILS,
  type FlagReview,
  type FollowUpOwner,
  type PupilSnapshot,
  type RecordKind,
  type RiskLevel,
  type RiskNotification,
  type StoredFollowUp,
  type StoredRisk,
  assessRisk,
  canonicalJson,
  carryOverReviews,
  flagReviewSchema,
  paths,
  pendingReviewCodes,
  type PupilNeed,
  pupilNeedOf,
  pupilNeedSchema,
  pupilSchema,
  reviewedLevel,
  riskLevelRank,
  riskNotificationId,
  riskNotificationSchema,
  type riskRecomputeEntrySchema,
  schoolClassSchema,
  schoolSchema,
  storedRiskSchema,
  summarizePupil,
  userProfileSchema,
} from '../domain';
import { adminAuth, db } from '../lib/admin';
import { parseStored, toDomain } from '../lib/firestore-data';
import { logs } from '../lib/logs';

export type RecomputeOutcome =
  { status: 'unchanged' | 'updated'; level: RiskLevel } | { status: 'skipped'; reason: string };

type Records = { [K in RecordKind]: PupilSnapshot[K] };
type RecomputeEntry = z.infer<typeof riskRecomputeEntrySchema>;

/** Roles whose assignment to a pupil makes them owners of the pupil's `assigned` follow-ups. */
const ASSIGNED_ROLES: readonly string[] = ['educator', 'l2teacher'];
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
    const [classSnap, referentSnaps, assignedSnaps, records] = await Promise.all([
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
    ]);
    const schoolClass = parseStored(schoolClassSchema, classSnap.ref.path, classSnap.data());
    if (!schoolClass) return skipped(schoolId, pupilId, 'class missing or invalid');

    const snapshot: PupilSnapshot = { pupil, schoolClass, ...records };
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

async function readRecords(tx: Transaction, schoolId: string, pupilId: string): Promise<Records> {
  const snapshots = await Promise.all(
    RECORD_KINDS.map((kind) => tx.get(db.collection(paths.records(schoolId, pupilId, kind)))),
  );
  const parseKind = <K extends RecordKind>(kind: K, index: number): Records[K] =>
    (snapshots[index]?.docs ?? [])
      .map((d) => parseStored(STORED_RECORD_SCHEMAS[kind], d.ref.path, d.data()))
      .filter((r) => r !== null) as Records[K];
  return {
    l2Assessments: parseKind('l2Assessments', 0),
    tutoringSessions: parseKind('tutoringSessions', 1),
    peerSessions: parseKind('peerSessions', 2),
    familyMeetings: parseKind('familyMeetings', 3),
    termRecords: parseKind('termRecords', 4),
    interventions: parseKind('interventions', 5),
  };
}

/** The assigned people who still work with the pupil: educators and L2 teachers of the school. */
function assignedStaff(snaps: readonly DocumentSnapshot[], schoolId: string): string[] {
  return snaps
    .filter((snap) => {
      const profile = userProfileSchema.safeParse(snap.data());
      return (
        profile.success &&
        profile.data.schoolId === schoolId &&
        profile.data.role !== null &&
        ASSIGNED_ROLES.includes(profile.data.role)
      );
    })
    .map((snap) => snap.id)
    .sort();
}

function orReferents(uids: string[], referents: string[]): string[] {
  return uids.length > 0 ? uids : referents;
}

/**
 * The people among `uids` whose account existed at `asOf`: someone who joined after the rise
 * did not miss it. Unknown accounts (a coordinator uid with no user) get nothing.
 */
async function existingBefore(asOf: Date, uids: readonly (string | null)[]): Promise<string[]> {
  const wanted = [...new Set(uids.filter((u): u is string => u !== null))];
  if (wanted.length === 0) return [];
  const found = await adminAuth.getUsers(wanted.map((uid) => ({ uid })));
  return found.users
    .filter((u) => Date.parse(u.metadata.creationTime) <= asOf.getTime())
    .map((u) => u.uid)
    .sort();
}

/**
 * The person's notification of the day with the pupil in it: appended once (a second rise the
 * same day updates the pupil's line), listed up to `NOTIFICATION_MAX_PUPILS`, always counted.
 */
function groupedNotification(
  snap: DocumentSnapshot,
  change: {
    schoolId: string;
    day: string;
    asOf: Date;
    entry: RiskNotification['pupils'][number];
  },
): RiskNotification {
  const current = snap.exists
    ? parseStored(riskNotificationSchema, snap.ref.path, snap.data())
    : null;
  if (!current) {
    return {
      type: 'riskRaisedDaily',
      schoolId: change.schoolId,
      day: change.day,
      pupils: [change.entry],
      pupilIds: [change.entry.pupilId],
      total: 1,
      createdAt: change.asOf,
      updatedAt: change.asOf,
      read: false,
    };
  }
  const index = current.pupils.findIndex((p) => p.pupilId === change.entry.pupilId);
  const pupils = [...current.pupils];
  if (index >= 0) {
    const listed = pupils[index];
    pupils[index] = { ...change.entry, previousLevel: listed?.previousLevel ?? 'green' };
  } else if (pupils.length < NOTIFICATION_MAX_PUPILS) {
    pupils.push(change.entry);
  }
  return {
    ...current,
    pupils,
    pupilIds: pupils.map((p) => p.pupilId),
    // A listed pupil is counted once; beyond the list, a second rise the same day (amber, then
    // red) cannot be told apart and counts again.
    total: index >= 0 ? current.total : current.total + 1,
    updatedAt: change.asOf,
    read: false,
  };
}

/**
 * The stored document, or null when there is none or it is not of the current shape (an older
 * engine's document): then it is rewritten as if new, and its reviews, made on other flags,
 * go with it.
 */
/**
 * The decisions stored on a document of an older shape (an earlier engine): each one that is
 * still a valid review, so that a flag whose evidence did not change keeps its decision across
 * an engine upgrade (`carryOverReviews` compares the evidence).
 */
function storedReviews(snap: DocumentSnapshot): Record<string, FlagReview> {
  const data = snap.exists ? toDomain(snap.data()) : undefined;
  const raw: unknown =
    typeof data === 'object' && data !== null && 'reviews' in data ? data.reviews : undefined;
  if (typeof raw !== 'object' || raw === null) return {};
  const kept: Record<string, FlagReview> = {};
  for (const [code, review] of Object.entries(raw)) {
    const parsed = flagReviewSchema.safeParse(review);
    if (parsed.success) kept[code] = parsed.data;
  }
  return kept;
}

function readPreviousRisk(snap: DocumentSnapshot): StoredRisk | null {
  if (!snap.exists) return null;
  const parsed = storedRiskSchema.safeParse(toDomain(snap.data()));
  return parsed.success ? parsed.data : null;
}

function readPreviousNeed(snap: DocumentSnapshot): PupilNeed | null {
  if (!snap.exists) return null;
  const parsed = pupilNeedSchema.safeParse(toDomain(snap.data()));
  return parsed.success ? parsed.data : null;
}

/** The need document without its computation time; null (none stored) never equals one. */
function needKey(need: PupilNeed | null): string | null {
  if (!need) return null;
  const { computedAt: _computedAt, ...rest } = need;
  return canonicalJson(rest);
}

/** Everything but the computation time: equal keys mean nothing to write. */
function assessmentKey(risk: StoredRisk): string {
  const { computedAt: _computedAt, ...rest } = risk;
  return canonicalJson(rest);
}

function flagSetKey(risk: Pick<StoredRisk, 'level' | 'flags'>): string {
  return JSON.stringify([risk.level, risk.flags.map((f) => [f.code, f.level])]);
}

function skipped(schoolId: string, pupilId: string, reason: string): RecomputeOutcome {
  logs.riskSkipped(schoolId, pupilId, reason);
  return { status: 'skipped', reason };
}
