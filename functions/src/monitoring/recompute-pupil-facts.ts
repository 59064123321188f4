import type { QueryDocumentSnapshot } from 'firebase-admin/firestore';
import {
  STORED_RECORD_SCHEMAS,
  paths,
  pupilMonitoringFactsSchema,
  pupilSchema,
  referralSchema,
  sameStats,
  schoolSchema,
  storedOrientationSchema,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored } from '../lib/firestore-data';
import { monitoringLogs } from './monitoring-logs';
import {
  type FactSources,
  type MonitoringStatus,
  MONITORING_KINDS,
  factsOf,
  parseList,
  readDoc,
  referralFact,
  riskFactsSchema,
  tx,
  writeIfChanged,
} from './monitoring-store';

// The first level of programme monitoring (recompute-monitoring.ts): a pupil's facts from the
// pupil's records, orientation, referrals and `risk/current`, one pupil in a transaction or a
// whole school in bulk.

/** One pupil's `monitoringFacts/current`, from the pupil's records, orientation and referrals. */
export async function recomputePupilFacts(
  schoolId: string,
  pupilId: string,
  asOf: Date = new Date(),
): Promise<MonitoringStatus> {
  const status = await tx(async (t): Promise<MonitoringStatus> => {
    const ref = db.doc(paths.pupilMonitoringFacts(schoolId, pupilId));
    const [schoolSnap, pupilSnap, factsSnap, riskSnap, orientationSnap, referralSnap, ...records] =
      await Promise.all([
        t.get(db.doc(paths.school(schoolId))),
        t.get(db.doc(paths.pupil(schoolId, pupilId))),
        t.get(ref),
        t.get(db.doc(paths.riskCurrent(schoolId, pupilId))),
        t.get(db.collection(paths.orientation(schoolId, pupilId))),
        t.get(
          db
            .collection(paths.referrals())
            .where('schoolId', '==', schoolId)
            .where('pupilId', '==', pupilId),
        ),
        ...MONITORING_KINDS.map((k) => t.get(db.collection(paths.records(schoolId, pupilId, k)))),
      ]);
    const school = readDoc(schoolSchema, schoolSnap);
    const pupil = readDoc(pupilSchema, pupilSnap);
    if (!school || !pupil) {
      // Erased, transferred or unreadable: its facts leave the aggregates.
      if (factsSnap.exists) {
        t.delete(ref);
        return 'deleted';
      }
      return 'skipped';
    }
    const byKind = Object.fromEntries(MONITORING_KINDS.map((k, i) => [k, records[i]!.docs]));
    const next = factsOf(
      { schoolId, pupilId, classId: pupil.classId },
      school,
      {
        tutoring: parseList(STORED_RECORD_SCHEMAS.tutoringSessions, byKind.tutoringSessions!),
        peer: parseList(STORED_RECORD_SCHEMAS.peerSessions, byKind.peerSessions!),
        meetings: parseList(STORED_RECORD_SCHEMAS.familyMeetings, byKind.familyMeetings!),
        l2: parseList(STORED_RECORD_SCHEMAS.l2Assessments, byKind.l2Assessments!),
        terms: parseList(STORED_RECORD_SCHEMAS.termRecords, byKind.termRecords!),
        interventions: parseList(STORED_RECORD_SCHEMAS.interventions, byKind.interventions!),
        orientation: parseList(storedOrientationSchema, orientationSnap.docs),
        referrals: parseList(referralSchema, referralSnap.docs).flatMap((r) => {
          const fact = referralFact(r);
          return fact ? [fact] : [];
        }),
      },
      readDoc(riskFactsSchema, riskSnap),
      asOf,
    );
    return writeIfChanged(t, ref, readDoc(pupilMonitoringFactsSchema, factsSnap), next);
  });
  monitoringLogs.facts(schoolId, pupilId, status);
  return status;
}

/** Documents under `schools/{s}/pupils/{p}/...`, parsed and grouped by pupil id. */
function byPupil<T>(
  docs: readonly QueryDocumentSnapshot[],
  parse: (d: QueryDocumentSnapshot) => T | null,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const d of docs) {
    const pupilId = d.ref.parent.parent?.id;
    const parsed = parse(d);
    if (!pupilId || parsed === null) continue;
    out.set(pupilId, [...(out.get(pupilId) ?? []), parsed]);
  }
  return out;
}

/**
 * Every pupil's facts of one school in bulk, for a rebuild with the triggers off (seeding, after
 * a bulk import): one query per source for the whole school instead of one transaction per
 * pupil, then a bulk write of the facts that changed. Not transactional: a record written
 * meanwhile is picked up by its own trigger, which recomputes that pupil's facts in one.
 */
export async function rebuildSchoolFacts(
  schoolId: string,
  asOf: Date = new Date(),
): Promise<{ pupils: number; written: number; deleted: number }> {
  const [
    schoolSnap,
    pupilSnaps,
    riskSnaps,
    orientationSnaps,
    referralSnaps,
    factSnaps,
    ...records
  ] = await Promise.all([
    db.doc(paths.school(schoolId)).get(),
    db.collection(paths.pupils(schoolId)).get(),
    db.collectionGroup('risk').where('schoolId', '==', schoolId).get(),
    db.collectionGroup('orientation').where('schoolId', '==', schoolId).get(),
    db.collection(paths.referrals()).where('schoolId', '==', schoolId).get(),
    db.collectionGroup('monitoringFacts').where('schoolId', '==', schoolId).get(),
    ...MONITORING_KINDS.map((k) => db.collectionGroup(k).where('schoolId', '==', schoolId).get()),
  ]);
  const school = readDoc(schoolSchema, schoolSnap);
  if (!school) return { pupils: 0, written: 0, deleted: 0 };
  const kinds = Object.fromEntries(
    MONITORING_KINDS.map((k, i) => [
      k,
      byPupil(records[i]!.docs, (d) => parseStored(STORED_RECORD_SCHEMAS[k], d.ref.path, d.data())),
    ]),
  ) as { [K in (typeof MONITORING_KINDS)[number]]: Map<string, never[]> };
  const orientation = byPupil(orientationSnaps.docs, (d) => readDoc(storedOrientationSchema, d));
  const risks = byPupil(
    riskSnaps.docs.filter((d) => d.id === 'current'),
    (d) => readDoc(riskFactsSchema, d),
  );
  const referrals = new Map<string, FactSources['referrals'][number][]>();
  for (const r of parseList(referralSchema, referralSnaps.docs)) {
    const fact = referralFact(r);
    if (!fact) continue;
    referrals.set(r.pupilId, [...(referrals.get(r.pupilId) ?? []), fact]);
  }
  const previous = new Map(
    factSnaps.docs.map((d) => [
      d.ref.parent.parent?.id ?? '',
      { ref: d.ref, facts: readDoc(pupilMonitoringFactsSchema, d) },
    ]),
  );
  const writer = db.bulkWriter();
  let written = 0;
  let deleted = 0;
  const present = new Set<string>();
  for (const p of pupilSnaps.docs) {
    const pupil = readDoc(pupilSchema, p);
    if (!pupil) continue;
    present.add(p.id);
    const next = factsOf(
      { schoolId, pupilId: p.id, classId: pupil.classId },
      school,
      {
        tutoring: kinds.tutoringSessions.get(p.id) ?? [],
        peer: kinds.peerSessions.get(p.id) ?? [],
        meetings: kinds.familyMeetings.get(p.id) ?? [],
        l2: kinds.l2Assessments.get(p.id) ?? [],
        terms: kinds.termRecords.get(p.id) ?? [],
        interventions: kinds.interventions.get(p.id) ?? [],
        orientation: orientation.get(p.id) ?? [],
        referrals: referrals.get(p.id) ?? [],
      },
      risks.get(p.id)?.[0] ?? null,
      asOf,
    );
    const before = previous.get(p.id)?.facts ?? null;
    if (before && sameStats(before, next)) continue;
    void writer.set(db.doc(paths.pupilMonitoringFacts(schoolId, p.id)), next);
    written += 1;
  }
  for (const [pupilId, { ref }] of previous) {
    if (present.has(pupilId)) continue;
    void writer.delete(ref);
    deleted += 1;
  }
  await writer.close();
  return { pupils: present.size, written, deleted };
}
