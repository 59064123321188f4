import { type DocumentData, type Transaction } from 'firebase-admin/firestore';
import {
  RECORD_KINDS,
  STORED_RECORD_SCHEMAS,
  type FlagReview,
  type PupilSnapshot,
  type PupilSummary,
  type RecordKind,
  type RiskLevel,
  type RiskResult,
  assessRisk,
  canonicalJson,
  carryOverReviews,
  flagReviewSchema,
  paths,
  pupilSchema,
  reviewedLevel,
  riskLevelRank,
  schoolClassSchema,
  schoolSchema,
  summarizePupil,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored, toDomain } from '../lib/firestore-data';
import { logs } from '../lib/logs';

/** `risk/current` as stored: the engine result, the reviews that still apply, and context. */
export interface StoredRisk extends RiskResult {
  reviews: Record<string, FlagReview>;
  reviewedLevel: RiskLevel;
  classId: string;
  computedAt: Date;
  /** The school, so the stats can find a class's pupils with one collection-group query. */
  schoolId: string;
  /** Dashboard summary, from the same snapshot as the flags. */
  summary: PupilSummary;
}

export type RecomputeOutcome =
  { status: 'unchanged' | 'updated'; level: RiskLevel } | { status: 'skipped'; reason: string };

type Records = { [K in RecordKind]: PupilSnapshot[K] };

/**
 * Recomputes one pupil's flags from the source records (never incrementally, so retried and
 * duplicated events are harmless) and writes `risk/current` only when the result changed,
 * plus a `riskHistory` entry when the level or the set of flags changed, plus a notification
 * to the class coordinator and the referents when the level rose. Reads and writes happen in
 * one transaction, so two concurrent recomputes cannot interleave a stale result.
 */
export function recomputePupilRisk(
  schoolId: string,
  pupilId: string,
  asOf: Date = new Date(),
): Promise<RecomputeOutcome> {
  return db.runTransaction(async (tx) => {
    const riskRef = db.doc(paths.riskCurrent(schoolId, pupilId));
    const [schoolSnap, pupilSnap, riskSnap] = await Promise.all([
      tx.get(db.doc(paths.school(schoolId))),
      tx.get(db.doc(paths.pupil(schoolId, pupilId))),
      tx.get(riskRef),
    ]);
    if (!pupilSnap.exists) {
      // Erased or transferred: never write under a pupil that is gone.
      if (riskSnap.exists) tx.delete(riskRef);
      return skipped(schoolId, pupilId, 'pupil missing');
    }
    const school = parseStored(schoolSchema, schoolSnap.ref.path, schoolSnap.data());
    const pupil = parseStored(pupilSchema, pupilSnap.ref.path, pupilSnap.data());
    if (!school || !pupil) return skipped(schoolId, pupilId, 'invalid school or pupil');
    const classSnap = await tx.get(db.doc(paths.schoolClass(schoolId, pupil.classId)));
    const schoolClass = parseStored(schoolClassSchema, classSnap.ref.path, classSnap.data());
    if (!schoolClass) return skipped(schoolId, pupilId, 'class missing or invalid');
    const records = await readRecords(tx, schoolId, pupilId);

    const snapshot: PupilSnapshot = { pupil, schoolClass, ...records };
    const context = {
      asOf,
      thresholds: school.settings.thresholds,
      naiMonths: school.settings.naiMonths,
      termSystem: school.settings.termSystem,
    };
    const result = assessRisk(snapshot, context);
    const previous = riskSnap.exists ? readStoredRisk(riskSnap.data()) : null;
    const reviews = carryOverReviews(result.flags, previous?.reviews ?? {});
    const next: StoredRisk = {
      ...result,
      reviews,
      reviewedLevel: reviewedLevel(result.flags, reviews),
      classId: pupil.classId,
      computedAt: asOf,
      schoolId,
      summary: summarizePupil(snapshot, context),
    };
    if (previous && assessmentKey(previous) === assessmentKey(next)) {
      logs.riskUpdated(schoolId, pupilId, next.level, false);
      return { status: 'unchanged', level: next.level };
    }

    // Transactions read everything before the first write.
    const previousRank = previous ? riskLevelRank(previous.level) : 0;
    const recipients =
      riskLevelRank(next.level) > previousRank
        ? await alertRecipients(tx, schoolId, schoolClass.coordinatorUid)
        : [];

    tx.set(riskRef, next);
    if (!previous || flagSetKey(previous) !== flagSetKey(next)) {
      tx.create(db.collection(paths.riskHistory(schoolId, pupilId)).doc(), {
        at: asOf,
        cause: 'recompute',
        level: next.level,
        previousLevel: previous?.level ?? null,
        flags: next.flags.map((f) => ({ code: f.code, level: f.level })),
        engineVersion: next.engineVersion,
      });
    }
    for (const uid of recipients) {
      tx.create(db.collection(`${paths.user(uid)}/notifications`).doc(), {
        type: 'riskRaised',
        schoolId,
        pupilId,
        pupilName: `${pupil.lastName} ${pupil.firstName}`,
        className: schoolClass.name,
        level: next.level,
        previousLevel: previous?.level ?? 'green',
        createdAt: asOf,
        read: false,
      });
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

/** The class coordinator and the school's referents (intercultura), without duplicates. */
async function alertRecipients(
  tx: Transaction,
  schoolId: string,
  coordinatorUid: string | null,
): Promise<string[]> {
  const referents = await tx.get(
    db.collection(paths.users()).where('schoolId', '==', schoolId).where('role', '==', 'referent'),
  );
  const uids = new Set(referents.docs.map((d) => d.id));
  if (coordinatorUid) uids.add(coordinatorUid);
  return [...uids];
}

function readStoredRisk(data: DocumentData | undefined): StoredRisk | null {
  if (!data) return null;
  const value = toDomain(data) as StoredRisk;
  const reviews: Record<string, FlagReview> = {};
  for (const [code, review] of Object.entries(value.reviews ?? {})) {
    const parsed = flagReviewSchema.safeParse(review);
    if (parsed.success) reviews[code] = parsed.data;
  }
  return { ...value, reviews };
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
