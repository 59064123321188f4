import type { DocumentReference, DocumentSnapshot, Transaction } from 'firebase-admin/firestore';
import type { z } from 'zod';
import {
  type Referral,
  type School,
  buildPupilFacts,
  sameStats,
  storedRiskSchema,
  type PupilMonitoringFacts,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored } from '../lib/firestore-data';

// Reading and writing for the monitoring recomputes (recompute-monitoring.ts): the transaction,
// parsing stored documents, the write that skips unchanged figures, and what a pupil's facts are
// built from once read.

export type MonitoringStatus = 'updated' | 'unchanged' | 'deleted' | 'skipped';

const TX_ATTEMPTS = 30;

/** The record kinds a pupil's monitoring facts are read from. */
export const MONITORING_KINDS = [
  'tutoringSessions',
  'peerSessions',
  'familyMeetings',
  'l2Assessments',
  'termRecords',
  'interventions',
] as const;

/** What the facts read of the pupil's `risk/current`. */
export const riskFactsSchema = storedRiskSchema.pick({ reviewedLevel: true, summary: true });
type RiskFacts = z.infer<typeof riskFactsSchema>;

type FactsInput = Parameters<typeof buildPupilFacts>[0];
/** The pupil's parsed records, orientation and sent referrals. */
export type FactSources = Pick<
  FactsInput,
  'tutoring' | 'peer' | 'meetings' | 'l2' | 'terms' | 'interventions' | 'orientation' | 'referrals'
>;

export function tx<T>(body: (t: Transaction) => Promise<T>): Promise<T> {
  return db.runTransaction(body, { maxAttempts: TX_ATTEMPTS });
}

export function writeIfChanged<T extends { computedAt: Date }>(
  t: Transaction,
  ref: DocumentReference,
  previous: T | null,
  next: T,
): MonitoringStatus {
  if (previous && sameStats(previous, next)) return 'unchanged';
  t.set(ref, next);
  return 'updated';
}

/** A stored document parsed with its schema; null when missing or unreadable. */
export function readDoc<S extends z.ZodType>(schema: S, snap: DocumentSnapshot): z.infer<S> | null {
  return snap.exists ? parseStored(schema, snap.ref.path, snap.data()) : null;
}

export const parseList = <S extends Parameters<typeof parseStored>[0]>(
  schema: S,
  docs: readonly { ref: { path: string }; data: () => unknown }[],
) =>
  docs
    .map((d) => parseStored(schema, d.ref.path, d.data()))
    .filter((x): x is NonNullable<typeof x> => x !== null);

/** A referral as the facts count it: sent by the school (a draft was never sent), else null. */
export function referralFact(r: Referral): FactSources['referrals'][number] | null {
  if (r.origin !== 'school' || r.status === 'draft') return null;
  return { date: r.createdAt, status: r.status, outcome: r.outcome };
}

/** One pupil's facts from what was read of them. */
export function factsOf(
  pupil: { schoolId: string; pupilId: string; classId: string },
  school: School,
  sources: FactSources,
  risk: RiskFacts | null,
  asOf: Date,
): PupilMonitoringFacts {
  return buildPupilFacts({
    ...pupil,
    termSystem: school.settings.termSystem,
    computedAt: asOf,
    ...sources,
    reviewedLevel: risk?.reviewedLevel ?? null,
    activeIntervention: risk?.summary.activeIntervention ?? false,
  });
}
