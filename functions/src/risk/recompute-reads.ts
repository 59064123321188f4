/** What a recompute reads: the pupil's records, and the documents it may replace. */
import type { DocumentSnapshot, Transaction } from 'firebase-admin/firestore';
import {
  type FlagReview,
  flagReviewSchema,
  paths,
  type PupilNeed,
  pupilNeedSchema,
  type PupilSnapshot,
  RECORD_KINDS,
  type RecordKind,
  STORED_RECORD_SCHEMAS,
  type StoredRisk,
  storedRiskSchema,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored, toDomain } from '../lib/firestore-data';

/** The pupil's records of every kind, as the engine reads them. */
type Records = { [K in RecordKind]: PupilSnapshot[K] };

/** Every record of the pupil, each parsed with its stored schema (invalid ones skipped). */
export async function readRecords(
  tx: Transaction,
  schoolId: string,
  pupilId: string,
): Promise<Records> {
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

/**
 * The decisions stored on a document of an older shape (an earlier engine): each one that is
 * still a valid review, so that a flag whose evidence did not change keeps its decision across
 * an engine upgrade (`carryOverReviews` compares the evidence).
 */
export function storedReviews(snap: DocumentSnapshot): Record<string, FlagReview> {
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

/**
 * The stored document, or null when there is none or it is not of the current shape (an older
 * engine's document): then it is rewritten as if new, and its reviews, made on other flags,
 * go with it.
 */
export function readPreviousRisk(snap: DocumentSnapshot): StoredRisk | null {
  if (!snap.exists) return null;
  const parsed = storedRiskSchema.safeParse(toDomain(snap.data()));
  return parsed.success ? parsed.data : null;
}

export function readPreviousNeed(snap: DocumentSnapshot): PupilNeed | null {
  if (!snap.exists) return null;
  const parsed = pupilNeedSchema.safeParse(toDomain(snap.data()));
  return parsed.success ? parsed.data : null;
}
