import type { DocumentReference, Transaction } from 'firebase-admin/firestore';
import {
  type ClassMonitoring,
  type DistrictMonitoring,
  type PeriodKey,
  type PupilMonitoringFacts,
  type RegionMonitoring,
  type SchoolMonitoring,
  MONITORING_CLASS_PREFIX,
  STORED_RECORD_SCHEMAS,
  buildClassMonitoring,
  buildDistrictMonitoring,
  buildPupilFacts,
  buildRegionMonitoring,
  buildSchoolMonitoring,
  classMonitoringSchema,
  districtMonitoringSchema,
  districtSchema,
  monitoringClassDocId,
  paths,
  pupilMonitoringFactsSchema,
  pupilSchema,
  referralSchema,
  regionMonitoringSchema,
  regionOfDistrict,
  sameStats,
  schoolMonitoringSchema,
  schoolPeriods,
  schoolSchema,
  sortPeriods,
  storedOrientationSchema,
  storedRiskSchema,
} from '../domain';
import { db } from '../lib/admin';
import { parseStored } from '../lib/firestore-data';
import { monitoringLogs } from './monitoring-logs';

// Programme monitoring, recomputed from its sources at every level (as the dashboards'
// stats): pupil facts from the pupil's records, a class from its pupils' facts, a school from
// its classes, an Ambito and a Region from their schools. Each level runs in one transaction
// that reads everything it is computed from, so concurrent recomputes serialise and the last
// one sees every committed source: no count drifts, whatever the order of events.

export type MonitoringStatus = 'updated' | 'unchanged' | 'deleted' | 'skipped';

const TX_ATTEMPTS = 30;
const MONITORING_KINDS = [
  'tutoringSessions',
  'peerSessions',
  'familyMeetings',
  'l2Assessments',
  'termRecords',
  'interventions',
] as const;

/** Referral statuses that count as made (a draft was never sent). */
const SENT = (status: string) => status !== 'draft';

function tx<T>(body: (t: Transaction) => Promise<T>): Promise<T> {
  return db.runTransaction(body, { maxAttempts: TX_ATTEMPTS });
}

function writeIfChanged<T extends { computedAt: Date }>(
  t: Transaction,
  ref: DocumentReference,
  previous: T | null,
  next: T,
): MonitoringStatus {
  if (previous && sameStats(previous, next)) return 'unchanged';
  t.set(ref, next);
  return 'updated';
}

const parseList = <S extends Parameters<typeof parseStored>[0]>(
  schema: S,
  docs: readonly { ref: { path: string }; data: () => unknown }[],
) =>
  docs
    .map((d) => parseStored(schema, d.ref.path, d.data()))
    .filter((x): x is NonNullable<typeof x> => x !== null);

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
    const school = schoolSnap.exists
      ? parseStored(schoolSchema, schoolSnap.ref.path, schoolSnap.data())
      : null;
    const pupil = pupilSnap.exists
      ? parseStored(pupilSchema, pupilSnap.ref.path, pupilSnap.data())
      : null;
    if (!school || !pupil) {
      // Erased, transferred or unreadable: its facts leave the aggregates.
      if (factsSnap.exists) {
        t.delete(ref);
        return 'deleted';
      }
      return 'skipped';
    }
    const byKind = Object.fromEntries(MONITORING_KINDS.map((k, i) => [k, records[i]!.docs]));
    const risk = riskSnap.exists
      ? parseStored(
          storedRiskSchema.pick({ reviewedLevel: true, summary: true }),
          riskSnap.ref.path,
          riskSnap.data(),
        )
      : null;
    const next = buildPupilFacts({
      schoolId,
      pupilId,
      classId: pupil.classId,
      termSystem: school.settings.termSystem,
      computedAt: asOf,
      tutoring: parseList(STORED_RECORD_SCHEMAS.tutoringSessions, byKind.tutoringSessions!),
      peer: parseList(STORED_RECORD_SCHEMAS.peerSessions, byKind.peerSessions!),
      meetings: parseList(STORED_RECORD_SCHEMAS.familyMeetings, byKind.familyMeetings!),
      l2: parseList(STORED_RECORD_SCHEMAS.l2Assessments, byKind.l2Assessments!),
      terms: parseList(STORED_RECORD_SCHEMAS.termRecords, byKind.termRecords!),
      interventions: parseList(STORED_RECORD_SCHEMAS.interventions, byKind.interventions!),
      orientation: parseList(storedOrientationSchema, orientationSnap.docs),
      referrals: parseList(referralSchema, referralSnap.docs)
        .filter((r) => r.origin === 'school' && SENT(r.status))
        .map((r) => ({ date: r.createdAt, status: r.status, outcome: r.outcome })),
      reviewedLevel: risk?.reviewedLevel ?? null,
      activeIntervention: risk?.summary.activeIntervention ?? false,
    });
    const previous = factsSnap.exists
      ? parseStored(pupilMonitoringFactsSchema, ref.path, factsSnap.data())
      : null;
    return writeIfChanged(t, ref, previous, next);
  });
  monitoringLogs.facts(schoolId, pupilId, status);
  return status;
}

/** `schools/{s}/monitoring/class_{c}` from the facts of the class's pupils. */
export async function recomputeClassMonitoring(
  schoolId: string,
  classId: string,
  asOf: Date = new Date(),
): Promise<MonitoringStatus> {
  const status = await tx(async (t): Promise<MonitoringStatus> => {
    const ref = db.doc(`${paths.schoolMonitoring(schoolId)}/${monitoringClassDocId(classId)}`);
    const [docSnap, factSnaps] = await Promise.all([
      t.get(ref),
      t.get(
        db
          .collectionGroup('monitoringFacts')
          .where('schoolId', '==', schoolId)
          .where('classId', '==', classId),
      ),
    ]);
    const facts = parseList(pupilMonitoringFactsSchema, factSnaps.docs) as PupilMonitoringFacts[];
    if (facts.length === 0) {
      if (docSnap.exists) {
        t.delete(ref);
        return 'deleted';
      }
      return 'unchanged';
    }
    const previous = docSnap.exists
      ? parseStored(classMonitoringSchema, ref.path, docSnap.data())
      : null;
    const next = buildClassMonitoring({ schoolId, classId, facts, computedAt: asOf });
    return writeIfChanged(t, ref, previous, next);
  });
  monitoringLogs.classMonitoring(schoolId, classId, status);
  return status;
}

/**
 * Every `schools/{s}/monitoring/{period}` from the class documents: the periods the classes
 * carry plus those already written (a period whose activity was deleted drops to zero).
 */
export async function recomputeSchoolMonitoring(
  schoolId: string,
  asOf: Date = new Date(),
): Promise<Record<string, MonitoringStatus>> {
  const statuses = await tx(async (t) => {
    const col = db.collection(paths.schoolMonitoring(schoolId));
    const [schoolSnap, classSnaps, periodSnaps] = await Promise.all([
      t.get(db.doc(paths.school(schoolId))),
      t.get(col.where('kind', '==', 'class')),
      t.get(col.where('kind', '==', 'school')),
    ]);
    const out: Record<string, MonitoringStatus> = {};
    const school = schoolSnap.exists
      ? parseStored(schoolSchema, schoolSnap.ref.path, schoolSnap.data())
      : null;
    if (!school) return out;
    const classes = parseList(classMonitoringSchema, classSnaps.docs) as ClassMonitoring[];
    const previous = new Map(
      (parseList(schoolMonitoringSchema, periodSnaps.docs) as SchoolMonitoring[]).map((d) => [
        d.period,
        d,
      ]),
    );
    for (const period of sortPeriods([...schoolPeriods(classes), ...previous.keys()])) {
      const next = buildSchoolMonitoring({
        schoolId,
        schoolName: school.name,
        districtId: school.districtId,
        period,
        classes,
        computedAt: asOf,
      });
      out[period] = writeIfChanged(t, col.doc(period), previous.get(period) ?? null, next);
    }
    return out;
  });
  monitoringLogs.schoolMonitoring(schoolId, statuses);
  return statuses;
}

/** `districts/{d}/monitoring/{period}` from the school documents of that period. */
export async function recomputeDistrictMonitoring(
  districtId: string,
  period: PeriodKey,
  asOf: Date = new Date(),
): Promise<MonitoringStatus> {
  const status = await tx(async (t): Promise<MonitoringStatus> => {
    const ref = db.doc(`${paths.districtMonitoring(districtId)}/${period}`);
    const [districtSnap, docSnap, schoolSnaps] = await Promise.all([
      t.get(db.doc(paths.district(districtId))),
      t.get(ref),
      t.get(
        db
          .collectionGroup('monitoring')
          .where('kind', '==', 'school')
          .where('districtId', '==', districtId)
          .where('period', '==', period),
      ),
    ]);
    const district = districtSnap.exists
      ? parseStored(districtSchema, districtSnap.ref.path, districtSnap.data())
      : null;
    if (!district) return 'skipped';
    const previous = docSnap.exists
      ? parseStored(districtMonitoringSchema, ref.path, docSnap.data())
      : null;
    const next = buildDistrictMonitoring({
      districtId,
      districtName: district.name,
      regionId: regionOfDistrict(district),
      period,
      schools: parseList(schoolMonitoringSchema, schoolSnaps.docs) as SchoolMonitoring[],
      computedAt: asOf,
    });
    return writeIfChanged(t, ref, previous, next);
  });
  monitoringLogs.districtMonitoring(districtId, period, status);
  return status;
}

/** `regions/{r}/monitoring/{period}` from the school documents of the Region's Ambiti. */
export async function recomputeRegionMonitoring(
  regionId: string,
  period: PeriodKey,
  asOf: Date = new Date(),
): Promise<MonitoringStatus> {
  const status = await tx(async (t): Promise<MonitoringStatus> => {
    const ref = db.doc(`${paths.regionMonitoring(regionId)}/${period}`);
    const [districtSnaps, docSnap, schoolSnaps] = await Promise.all([
      t.get(db.collection(paths.districts())),
      t.get(ref),
      t.get(
        db
          .collectionGroup('monitoring')
          .where('kind', '==', 'school')
          .where('period', '==', period),
      ),
    ]);
    const schools = parseList(schoolMonitoringSchema, schoolSnaps.docs) as SchoolMonitoring[];
    const districts = districtSnaps.docs
      .map((d) => ({ id: d.id, data: parseStored(districtSchema, d.ref.path, d.data()) }))
      .filter((d) => d.data !== null && regionOfDistrict(d.data) === regionId)
      .map((d) => ({
        id: d.id,
        name: d.data!.name,
        schools: schools.filter((s) => s.districtId === d.id),
      }));
    const previous = docSnap.exists
      ? parseStored(regionMonitoringSchema, ref.path, docSnap.data())
      : null;
    const next = buildRegionMonitoring({ regionId, period, districts, computedAt: asOf });
    return writeIfChanged(t, ref, previous, next);
  });
  monitoringLogs.regionMonitoring(regionId, period, status);
  return status;
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
  const school = schoolSnap.exists
    ? parseStored(schoolSchema, schoolSnap.ref.path, schoolSnap.data())
    : null;
  if (!school) return { pupils: 0, written: 0, deleted: 0 };
  /** Documents under `schools/{s}/pupils/{p}/...`, grouped by pupil id. */
  const byPupil = <T>(
    docs: readonly FirebaseFirestore.QueryDocumentSnapshot[],
    parse: (d: FirebaseFirestore.QueryDocumentSnapshot) => T | null,
  ) => {
    const out = new Map<string, T[]>();
    for (const d of docs) {
      const pupilId = d.ref.parent.parent?.id;
      const parsed = parse(d);
      if (!pupilId || parsed === null) continue;
      out.set(pupilId, [...(out.get(pupilId) ?? []), parsed]);
    }
    return out;
  };
  const kinds = Object.fromEntries(
    MONITORING_KINDS.map((k, i) => [
      k,
      byPupil(records[i]!.docs, (d) => parseStored(STORED_RECORD_SCHEMAS[k], d.ref.path, d.data())),
    ]),
  ) as { [K in (typeof MONITORING_KINDS)[number]]: Map<string, never[]> };
  const orientation = byPupil(orientationSnaps.docs, (d) =>
    parseStored(storedOrientationSchema, d.ref.path, d.data()),
  );
  const risks = byPupil(
    riskSnaps.docs.filter((d) => d.id === 'current'),
    (d) =>
      parseStored(
        storedRiskSchema.pick({ reviewedLevel: true, summary: true }),
        d.ref.path,
        d.data(),
      ),
  );
  const referrals = new Map<string, { date: Date; status: string; outcome: string | null }[]>();
  for (const r of parseList(referralSchema, referralSnaps.docs)) {
    if (r.origin !== 'school' || !SENT(r.status)) continue;
    referrals.set(r.pupilId, [
      ...(referrals.get(r.pupilId) ?? []),
      { date: r.createdAt, status: r.status, outcome: r.outcome },
    ]);
  }
  const previous = new Map(
    factSnaps.docs.map((d) => [
      d.ref.parent.parent?.id ?? '',
      { ref: d.ref, facts: parseStored(pupilMonitoringFactsSchema, d.ref.path, d.data()) },
    ]),
  );
  const writer = db.bulkWriter();
  let written = 0;
  let deleted = 0;
  const present = new Set<string>();
  for (const p of pupilSnaps.docs) {
    const pupil = parseStored(pupilSchema, p.ref.path, p.data());
    if (!pupil) continue;
    present.add(p.id);
    const risk = risks.get(p.id)?.[0] ?? null;
    const next = buildPupilFacts({
      schoolId,
      pupilId: p.id,
      classId: pupil.classId,
      termSystem: school.settings.termSystem,
      computedAt: asOf,
      tutoring: kinds.tutoringSessions.get(p.id) ?? [],
      peer: kinds.peerSessions.get(p.id) ?? [],
      meetings: kinds.familyMeetings.get(p.id) ?? [],
      l2: kinds.l2Assessments.get(p.id) ?? [],
      terms: kinds.termRecords.get(p.id) ?? [],
      interventions: kinds.interventions.get(p.id) ?? [],
      orientation: orientation.get(p.id) ?? [],
      referrals: referrals.get(p.id) ?? [],
      reviewedLevel: risk?.reviewedLevel ?? null,
      activeIntervention: risk?.summary.activeIntervention ?? false,
    });
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

/**
 * Everything from scratch, level by level (seeding, benchmarks, after a bulk import with the
 * triggers off): pupil facts in bulk per school, then classes, schools, Ambiti and Region. `schoolIds` limits the pupils and classes rebuilt; Ambiti and Region follow.
 */
export async function recomputeAllMonitoring(
  options: { asOf?: Date; schoolIds?: readonly string[] } = {},
): Promise<{ pupils: number; classes: number; schools: number; periods: number }> {
  const asOf = options.asOf ?? new Date();
  const all = await db.collection(paths.schools()).get();
  const schools = all.docs.filter((s) => !options.schoolIds || options.schoolIds.includes(s.id));
  let pupils = 0;
  let classes = 0;
  const periods = new Set<PeriodKey>();
  for (const school of schools) {
    const pupilRefs = await db.collection(paths.pupils(school.id)).select('classId').get();
    const classIds = new Set<string>();
    for (const p of pupilRefs.docs) {
      const classId: unknown = p.get('classId');
      if (typeof classId === 'string') classIds.add(classId);
    }
    await rebuildSchoolFacts(school.id, asOf);
    pupils += pupilRefs.size;
    const existing = await db
      .collection(paths.schoolMonitoring(school.id))
      .where('kind', '==', 'class')
      .select('classId')
      .get();
    for (const d of existing.docs) classIds.add(d.id.slice(MONITORING_CLASS_PREFIX.length));
    await runPool([...classIds], 8, (c) => recomputeClassMonitoring(school.id, c, asOf));
    classes += classIds.size;
    const statuses = await recomputeSchoolMonitoring(school.id, asOf);
    for (const p of Object.keys(statuses)) periods.add(p);
  }
  const districts = await db.collection(paths.districts()).get();
  const regions = new Set<string>();
  for (const d of districts.docs) {
    const parsed = parseStored(districtSchema, d.ref.path, d.data());
    if (!parsed) continue;
    regions.add(regionOfDistrict(parsed));
    // Every Ambito of the periods found: some carry aggregate-only schools (no pupils here).
    for (const p of periods) await recomputeDistrictMonitoring(d.id, p, asOf);
  }
  for (const r of regions) for (const p of periods) await recomputeRegionMonitoring(r, p, asOf);
  return { pupils, classes, schools: schools.length, periods: periods.size };
}

async function runPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

export type { DistrictMonitoring, RegionMonitoring };
